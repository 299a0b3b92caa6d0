import { describe, expect, it } from 'vitest';
import { buildMapSpec } from '../../../src/lib/charts/map/buildMapSpec';
import { atlas } from '../../../src/lib/charts/map/mapAtlas';
import { buildTreemapSpec } from '../../../src/lib/charts/treemap/buildTreemapSpec';
import { chartCsv } from '../../../src/lib/export/chartCsv';
import { specRows } from '../../../src/lib/export/specRows';
import { loadFixture } from '../charts/loadFixture';
import { importCsv, toLong } from '../../../src/lib/data/import';
import { buildChartSpec } from '../../../src/lib/charts/buildChartSpec';
import { defaultChartConfig } from '../../../src/lib/charts/defaults/defaultChartConfig';
import { tradeTable } from '../charts/tradeTable';
import { hsTable } from '../charts/treemap/hsTable';

const SIZE = { width: 640, height: 400 };
const WORLD = loadFixture('comtrade/fernandobarbalho_tarifas_eua_TradeData_4_4_2025_15_19_17.csv');
const column = (rows: ReturnType<typeof specRows>, name: string) =>
  rows.rows.map((r) => r[rows.columns.indexOf(name)]);

describe('specRows(spec) of a map', () => {
  const spec = buildMapSpec(
    WORLD,
    { x: 'reporterDesc', y: ['primaryValue'], filters: { flowDesc: ['Export'] }, atlas },
    SIZE,
  );
  const rows = specRows(spec);

  it('lists every value of the country column, drawn or not, with value, period, unit and source', () => {
    expect(rows.columns).toEqual([
      'country',
      'iso3',
      'value',
      'unit',
      'period',
      'on_map',
      'source',
      'source_url',
    ]);
    expect(rows.rows).toHaveLength(spec.table.rows.length);
    expect(rows.rows.length).toBeGreaterThan(spec.regions!.length);
    expect(new Set(column(rows, 'period'))).toEqual(new Set(['2023']));
    expect(new Set(column(rows, 'unit'))).toEqual(new Set(['USD']));
    expect(column(rows, 'source')[0]).toMatch(/UN Comtrade/);
    expect(column(rows, 'on_map')).toContain('too small to draw');
    // UN Comtrade's name for Taiwan is one economy, drawn as such.
    const taiwan = rows.rows.find((r) => r[0] === 'Other Asia, nes');
    expect(taiwan?.[1]).toBe('TWN');
    expect(taiwan?.[rows.columns.indexOf('on_map')]).toMatch(/^class \d of \d$/);
  });

  it('says a group of economies is not drawn', () => {
    const wide = loadFixture('worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv');
    const long = toLong(wide);
    const map = buildMapSpec(
      long,
      { x: 'Country Name', y: ['value'], filters: { period: ['2021'] }, atlas },
      SIZE,
    );
    const rows = specRows(map);
    const on = column(rows, 'on_map');
    const groups = column(rows, 'country').filter((_, i) => on[i] === 'group, not drawn');
    expect(groups).toEqual(expect.arrayContaining(['World', 'Euro area', 'High income']));
    expect(groups).not.toContain('Germany');
  });

  it('gives each drawn country its value as a number, as the map draws it', () => {
    const usa = rows.rows.find((r) => r[1] === 'USA')!;
    expect(usa[2]).toBe(spec.regions!.find((r) => r.id === 'USA')!.point.value);
  });
});

describe('specRows(spec) of a treemap', () => {
  const spec = buildTreemapSpec(hsTable(400), { x: 'cmdDesc', y: ['primaryValue'] }, SIZE);
  const rows = specRows(spec);

  it('lists every code under the tile that holds it (Other too), adding up to the tiles', () => {
    expect(rows.rows).toHaveLength(400);
    const tiles = [...new Set(column(rows, 'tile'))];
    const named = spec.regions!.map((r) => (r.id === 'other' ? 'Other' : r.point.seriesLabel));
    expect(tiles.map((t) => String(t).replace(/^Other \(\d+\)$/, 'Other')).sort()).toEqual(
      named.sort(),
    );
    const cents = column(rows, 'value').reduce(
      (a: number, v) => a + Math.round(Number(v) * 100),
      0,
    );
    expect(cents).toBe(spec.regions!.reduce((a, r) => a + Math.round(r.point.value * 100), 0));
    expect(column(rows, 'source').every((s) => s === 'Pub, “Trade”, 2024')).toBe(true);
  });

  it('chartCsv(specRows) writes the source first and every code after', () => {
    const data = specRows(spec);
    const csv = chartCsv({
      ...data,
      citations: [{ id: 'c', kind: 'dataset', publisher: 'Pub', title: 'Trade', date: '2024' }],
      accessed: '2025-01-01',
      title: spec.title,
      notes: spec.notes,
    });
    expect(csv).toMatch(/^# .*\r\n# Source: Pub/);
    expect(
      csv
        .trim()
        .split('\r\n')
        .filter((l) => !l.startsWith('#')),
    ).toHaveLength(401);
  });
});

describe('specRows(spec) of bars and lines', () => {
  it('names the column of a ranked bar chart after what its bars stand for', () => {
    const table = loadFixture('comtrade/sstaple15_US-CNtrade_comtrade_H5_USA-CHN_2017.csv');
    const spec = buildChartSpec(table, defaultChartConfig(table), SIZE);
    const rows = specRows(spec);
    expect(rows.columns[0]).toBe('Commodity');
    expect(rows.columns).not.toContain('period');
    expect(rows.rows[0][0]).toBe('Aircraft, spacecraft and parts thereof');
  });

  it('keeps `period` for a chart over time', () => {
    const spec = buildChartSpec(tradeTable(), defaultChartConfig(tradeTable()), SIZE);
    expect(specRows(spec).columns.slice(0, 3)).toEqual(['period', 'series', 'value']);
  });

  it('gives every period a series has no figure for a row with no value, in its place', () => {
    const csv = [
      'year,country,value',
      ...['2000,A,1', '2001,A,2', '2003,A,4'],
      ...['2000,B,5', '2001,B,6', '2002,B,7'],
    ].join('\n');
    const result = importCsv(new TextEncoder().encode(csv), {
      name: 'gaps.csv',
      accessed: '2026-12-06',
    });
    if (!result.ok) throw new Error(result.error);
    const spec = buildChartSpec(result.table, defaultChartConfig(result.table), SIZE);
    const rows = specRows(spec);
    const cells = rows.rows.map((r) => [r[0], r[1], r[2]]);
    expect(cells).toEqual([
      ['2000', 'A', 1],
      ['2001', 'A', 2],
      ['2002', 'A', null],
      ['2003', 'A', 4],
      ['2000', 'B', 5],
      ['2001', 'B', 6],
      ['2002', 'B', 7],
      ['2003', 'B', null],
    ]);
    // The gap's row names the source that has no figure for it.
    expect(column(rows, 'source')[2]).toBe(column(rows, 'source')[0]);
    expect(
      chartCsv({ ...rows, citations: [], accessed: '2026-12-06', title: 't', notes: [] }),
    ).toContain('\r\n2002,A,,');
  });
});
