import { describe, expect, it } from 'vitest';
import { buildMapSpec } from '../../../../src/lib/charts/map/buildMapSpec';
import { atlas } from '../../../../src/lib/charts/map/mapAtlas';
import { loadFixture } from '../loadFixture';

const SIZE = { width: 800, height: 420 };

/** Real files, the column of places in each, and the rows kept (one period, one flow). */
const FILES: [string, string, string, Record<string, string[]>][] = [
  [
    'comtrade/fernandobarbalho_tarifas_eua_TradeData_4_4_2025_15_19_17.csv',
    'reporterDesc',
    'primaryValue',
    { flowDesc: ['Export'] },
  ],
  [
    'comtrade/shjain6670_IBE-China_comtrade_S4_CHN-DEU_2010.csv',
    'Partner',
    'Trade Value (US$)',
    { 'Trade Flow': ['Export'], Year: ['2014'] },
  ],
  [
    'worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv',
    'Country Name',
    'value',
    { period: ['2020'] },
  ],
  [
    'eurostat/christophergandrud_teina200.tsv',
    'geo',
    'value',
    { unit: ['MIO_EUR'], period: ['2014'] },
  ],
  [
    'imf/SamLeBlanc_DOTS_40_China_PR_Mainland_exports.csv',
    'Column 2',
    'value',
    { period: ['2020'] },
  ],
  ['misc/owid_trade-as-share-of-gdp.csv', 'Entity', 'Trade (% of GDP)', { Year: ['2015'] }],
];

describe('buildMapSpec(table, {atlas}) over the real fixtures: every place matched or reported', () => {
  for (const [file, x, y, filters] of FILES)
    it(file, () => {
      const table = loadFixture(file);
      const spec = buildMapSpec(table, { type: 'map', x, y: [y], filters, atlas }, SIZE);
      const column = table.columns.find((c) => c.name === x)!;
      // The table lists every value of the column among the kept rows, with what became of it.
      const listed = spec.table.rows.map((r) => r[0]);
      expect(new Set(listed).size).toBe(listed.length);
      const notes = spec.notes.join(' ');
      for (const row of spec.table.rows) {
        expect(column.type !== 'number' && column.dictionary).toContain(row[0]);
        if (/^(Group|Not matched)/.test(row[3])) expect(notes).toContain('The table lists them');
        else expect(row[3]).toMatch(/^Class \d of \d$|^Too small|^Same country as/);
      }
      const drawn = spec.table.rows.filter((r) => r[3].startsWith('Class'));
      expect(drawn.length).toBe(spec.regions!.length);
      expect(drawn.length).toBeGreaterThan(2);
      // Groups are never drawn as countries.
      const groups = new Set(
        spec.table.rows.filter((r) => r[3].startsWith('Group')).map((r) => r[0]),
      );
      for (const r of spec.regions!) expect(groups.has(r.point.seriesLabel)).toBe(false);
    });

  it('matches every World Bank country code, and reports only groups and former or unlisted economies', () => {
    const table = loadFixture(FILES[2][0]);
    const spec = buildMapSpec(
      table,
      { type: 'map', x: 'Country Name', y: ['value'], filters: { period: ['2020'] }, atlas },
      SIZE,
    );
    const unmatched = spec.table.rows
      .filter((r) => r[3] === 'Not matched to a country')
      .map((r) => r[0]);
    expect(unmatched.length).toBeLessThanOrEqual(3);
    const ids = new Map(spec.table.rows.map((r) => [r[0], r[1]]));
    expect(ids.get('Korea, Rep.')).toBe('KOR');
    expect(ids.get('Egypt, Arab Rep.')).toBe('EGY');
    expect(ids.get('Kosovo')).toBe('XKX');
  });

  it("pairs a place column with its own code column, never another's (one reporter, one partner)", () => {
    // US exports to China: Reporter Code 842 (USA) pairs one to one with Partner too.
    const table = loadFixture('comtrade/sstaple15_US-CNtrade_comtrade_H5_USA-CHN_2017.csv');
    const config = { type: 'map' as const, y: ['Trade Value (US$)'], atlas };
    const filters = { 'Trade Flow': ['Export'] };
    const partner = buildMapSpec(table, { ...config, x: 'Partner', filters }, SIZE);
    expect(partner.table.rows.map((r) => r.slice(0, 2))).toEqual([['China', 'CHN']]);
    expect(partner.regions!.map((r) => r.id)).toEqual(['CHN']);
    const reporter = buildMapSpec(table, { ...config, x: 'Reporter', filters }, SIZE);
    expect(reporter.regions!.map((r) => r.id)).toEqual(['USA']);
  });
});
