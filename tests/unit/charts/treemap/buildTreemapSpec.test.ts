import { describe, expect, it } from 'vitest';
import { buildTreemapSpec } from '../../../../src/lib/charts/treemap/buildTreemapSpec';
import { pairedCodes } from '../../../../src/lib/charts/treemap/pairedCodes';
import { rowMask } from '../../../../src/lib/charts/prepare/rowMask';
import type { NumberColumn, TextColumn } from '../../../../src/lib/data/table';
import { csvTable, loadFixture } from '../loadFixture';
import { switchChartType } from '../../../../src/lib/charts/config/switchChartType';
import { hsTable } from './hsTable';
import { defaultChartConfig } from '../../../../src/lib/charts/defaults/defaultChartConfig';
import { adaptTreemap } from '../../../../src/lib/charts/treemap/adaptTreemap';

const SIZE = { width: 800, height: 420 };
const US_CN = 'comtrade/sstaple15_US-CNtrade_comtrade_H5_USA-CHN_2017.csv';
const exportsOnly = { 'Trade Flow': ['Export'] };

describe('buildTreemapSpec(table, config, size) on a real Comtrade file', () => {
  const table = loadFixture(US_CN);
  const spec = buildTreemapSpec(
    table,
    { x: 'Commodity', y: ['Trade Value (US$)'], filters: exportsOnly },
    SIZE,
  );

  it('finds the commodity codes beside the names, not the flow code', () => {
    const x = table.columns.find((c) => c.name === 'Commodity')!;
    expect(pairedCodes(table, x, rowMask(table, exportsOnly).mask)?.name).toBe('Commodity Code');
  });

  it('tiles (with “Other”) add up to the exports in the file, to the cent', () => {
    const flow = table.columns.find((c) => c.name === 'Trade Flow') as TextColumn;
    const value = table.columns.find((c) => c.name === 'Trade Value (US$)') as NumberColumn;
    let cents = 0;
    for (let r = 0; r < table.rowCount; r++)
      if (flow.dictionary[flow.codes[r]] === 'Export') cents += Math.round(value.values[r] * 100);
    const drawn = spec.regions!.reduce((a, r) => a + Math.round(r.point.value * 100), 0);
    expect(drawn).toBe(cents);
    expect(spec.regions!.some((r) => r.id === 'other')).toBe(true);
  });

  it('groups chapters in their HS sections, names them, and lists every code in the table', () => {
    const aircraft = spec.regions!.find((r) => r.id === 'HS:88')!;
    expect(aircraft.point.detail).toMatch(/HS section XVII: Vehicles, aircraft, vessels/);
    expect(spec.table.rows).toHaveLength(97);
    expect(spec.table.columns).toEqual([
      'HS section',
      'Code',
      'Commodity',
      'Trade Value (US$)',
      'Share of total',
    ]);
    expect(spec.notes[0]).toMatch(/21 sections of the Harmonized System/);
  });

  it('quotes the section titles of the HS edition the file names (H5: HS 2017)', () => {
    expect(spec.notes[0]).toMatch(/World Customs Organization, HS 2017\)/);
    const config = { x: 'Commodity', y: ['Trade Value (US$)'], filters: exportsOnly };
    const foods = buildTreemapSpec(table, { ...config, drill: 'IV' }, SIZE);
    expect(foods.notes[0]).toMatch(/World Customs Organization \(HS 2017\)/);
    const tobacco = foods.regions!.find((r) => r.id === 'HS:24')!;
    expect(tobacco.point.detail).toMatch(/section IV: .*manufactured tobacco substitutes$/);
    expect(tobacco.point.detail).not.toMatch(/nicotine/);
  });

  it('gives the ten largest sections ten colours, the largest the first', () => {
    const fillOf = new Map<string, string>();
    for (const r of spec.regions!) {
      const section = /section (\w+):/.exec(r.point.detail!)?.[1];
      if (section) fillOf.set(section, String(r.fill));
    }
    const sections = [...fillOf.keys()];
    expect(sections.length).toBeGreaterThanOrEqual(10);
    const byValue = (id: string) =>
      spec
        .regions!.filter((r) => r.point.detail!.includes(`section ${id}:`))
        .reduce((a, r) => a + r.point.value, 0);
    const largest = [...sections].sort((a, b) => byValue(b) - byValue(a)).slice(0, 10);
    expect(new Set(largest.map((id) => fillOf.get(id))).size).toBe(10);
    expect(fillOf.get(largest[0])).toBe('series-0');
  });

  it('describes its eight largest tiles, largest first, and “Other” after them', () => {
    const [named, other] = spec.description.split('; and Other (');
    expect(other).toMatch(/^\d+\) \$[\d.]+ bn \(\d+(\.\d)? %\)\.$/);
    const shares = [...named.matchAll(/\((\d+(?:\.\d)?) %\)/g)].map((m) => Number(m[1]));
    expect(shares).toHaveLength(8);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    expect(spec.description).toMatch(/largest first: 88 Aircraft/);
  });

  it('writes a label only where it fits its tile', () => {
    for (const label of spec.callouts!.filter((c) => c.type === 'text' && c.size === 11)) {
      const tile = spec.regions!.find(
        (r) =>
          label.type === 'text' &&
          label.x >= r.box[0] &&
          label.x <= r.box[2] &&
          label.y > r.box[1] &&
          label.y <= r.box[3],
      );
      expect(tile).toBeDefined();
    }
  });

  it('refuses percentages, which do not add up to a whole, and says so', () => {
    const wb = loadFixture('worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv');
    const s = buildTreemapSpec(
      wb,
      { x: 'Country Name', y: ['value'], filters: { period: ['2020'] } },
      SIZE,
    );
    expect(s.why).toMatch(/Percentages do not add up/);
  });
});

describe('buildTreemapSpec(table, config, size) split by reporter (Comtrade+ layout)', () => {
  const PLUS = 'comtrade/fernandobarbalho_tarifas_eua_TradeData_4_4_2025_15_19_17.csv';
  const table = loadFixture(PLUS);
  const spec = buildTreemapSpec(table, { x: 'reporterDesc', y: ['primaryValue'] }, SIZE);

  it('tiles the reporters, whose M49 codes are no HS chapters', () => {
    const x = table.columns.find((c) => c.name === 'reporterDesc')!;
    expect(pairedCodes(table, x, rowMask(table, {}).mask)).toBeUndefined();
    expect(spec.title).not.toMatch(/HS/);
    expect(spec.regions!.some((r) => r.id.startsWith('HS:'))).toBe(false);
    expect(spec.notes.join(' ')).not.toMatch(/Harmonized System/);
  });

  it('and partners the same way, by name or by their codes', () => {
    const mask = rowMask(table, {}).mask;
    for (const name of ['partnerDesc', 'partnerCode', 'reporterCode'])
      expect(
        pairedCodes(
          table,
          table.columns.find((c) => c.name === name)!,
          mask,
        ),
      ).toBeUndefined();
  });
});

describe('buildTreemapSpec(table, config, size) split by partner, groups among them (IMF DOTS)', () => {
  const DOTS = 'imf/SamLeBlanc_DOTS_40_China_PR_Mainland_exports.csv';
  const table = loadFixture(DOTS);
  // The line chart of this file keeps a few leading partners; the treemap is chosen from it.
  const line = defaultChartConfig(table);
  const config = adaptTreemap(table, { ...line, type: 'treemap' });
  const spec = buildTreemapSpec(table, config, SIZE);
  const tiles = (spec.regions ?? []).map((r) => r.id.replace(/^item:/, ''));

  it('tiles every partner, not only the few the line chart kept', () => {
    expect(line.filters[config.x]?.length).toBeGreaterThan(0);
    expect(config.filters[config.x]).toBeUndefined();
    expect(tiles).toContain('other');
    expect(tiles.length).toBeGreaterThan(10);
  });

  it('leaves World and the groups of economies out, and says so: their figures hold the countries', () => {
    for (const group of ['World', 'Advanced Economies', 'Euro Area'])
      expect(tiles).not.toContain(group);
    expect(tiles[0]).toBe('United States');
    expect(spec.notes.join(' ')).toMatch(
      /totals of others in the table \(“World”, “Advanced Economies”/,
    );
  });
});

describe('buildTreemapSpec(table, config, size): the HS edition of its section titles', () => {
  const spec = (classification: string, drill?: string) =>
    buildTreemapSpec(
      hsTable(300, 15, classification),
      { x: 'cmdDesc', y: ['primaryValue'], ...(drill && { drill }) },
      SIZE,
    );

  it('quotes HS 2022 for H6 codes, the edition whose titles name microbial fats', () => {
    expect(spec('H6').notes[0]).toMatch(/World Customs Organization, HS 2022\)\.$/);
    const fats = spec('H6', 'III').regions!.find((r) => r.id === 'HS:15')!;
    expect(fats.point.detail).toMatch(/section III: Animal, vegetable or microbial fats/);
  });

  it('quotes the earlier titles for H0 (HS 1992) codes', () => {
    expect(spec('H0').notes[0]).toMatch(/HS 1992\)\.$/);
    const fats = spec('H0', 'III').regions!.find((r) => r.id === 'HS:15')!;
    expect(fats.point.detail).toMatch(/section III: Animal or vegetable fats/);
  });

  it('says so when the table does not name its edition (HS, as reported)', () => {
    expect(spec('HS').notes[0]).toMatch(
      /HS 2022; the table does not name the edition its codes follow\)\.$/,
    );
    const fats = spec('HS', 'III').regions!.find((r) => r.id === 'HS:15')!;
    expect(fats.point.detail).toMatch(/microbial/);
  });
});

describe('treemapChart.adapt(table, config): what a composition splits by', () => {
  it('splits a DataBank file by country, not by its one series, and tiles every country', () => {
    const table = loadFixture('worldbank/wdi_databank_FDI_15431eec_Data.csv');
    const config = switchChartType(table, defaultChartConfig(table), 'treemap');
    expect(config.x).toBe('Country Name');
    expect(config.filters['Country Name']).toBeUndefined();
    const spec = buildTreemapSpec(table, config, SIZE);
    expect(spec.title).toMatch(/ by country$/);
    expect(spec.regions!.length).toBeGreaterThan(10);
    // Luxembourg's net outflow is no part of a whole: left out, and said.
    expect(spec.regions!.map((r) => r.id)).toContain('item:China');
    expect(spec.regions!.map((r) => r.id)).not.toContain('item:Luxembourg');
    expect(spec.notes.join(' ')).toMatch(/categories have a value of zero or below/);
  });

  it('says when a tile nets rows below zero with the others', () => {
    const csv = 'Partner,Flow,Value\nAland,A,10\nAland,B,-3\nBland,A,5\nBland,B,2\n';
    const table = csvTable(csv, 'n.csv');
    const spec = buildTreemapSpec(table, { x: 'Partner', y: ['Value'] }, SIZE);
    expect(spec.regions!.map((r) => [r.id, r.point.value])).toEqual([
      ['item:Aland', 7],
      ['item:Bland', 7],
    ]);
    expect(spec.notes.join(' ')).toContain(
      '1 category sums rows below zero with the others (“Aland”): its tile is a net figure.',
    );
  });
});
