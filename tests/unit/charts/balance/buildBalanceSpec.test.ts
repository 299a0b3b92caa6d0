import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBalanceSpec } from '../../../../src/lib/charts/balance/buildBalanceSpec';
import { makeNumberColumn, makeTextColumn } from '../../../../src/lib/data/makeColumn';
import { parsePeriod } from '../../../../src/lib/data/period';
import type { Table, TextColumn } from '../../../../src/lib/data/table';
import { switchChartType } from '../../../../src/lib/charts/config/switchChartType';
import { defaultChartConfig } from '../../../../src/lib/charts/defaults/defaultChartConfig';
import { loadFixture } from '../loadFixture';
import { VALUATION } from '../../../../src/lib/charts/balance/balanceNotes';
import { CITATION, tradeTable } from '../tradeTable';

const SIZE = { width: 800, height: 420 };
const FLOWS = ['Export', 'Import', 'Re-Export'];

interface Row {
  partner: string;
  flow: number;
  year: number;
  cents: number;
}

function tableOf(rows: Row[]): Table {
  const text = (name: string, role: 'partner' | 'flow', values: string[]) =>
    Object.assign(makeTextColumn(name, 'category', values), { role });
  const years = rows.map((r) => String(r.year));
  return {
    id: 'gen',
    name: 'gen.csv',
    rowCount: rows.length,
    columns: [
      text(
        'Partner',
        'partner',
        rows.map((r) => r.partner),
      ),
      text(
        'Flow',
        'flow',
        rows.map((r) => FLOWS[r.flow]),
      ),
      Object.assign(
        makeTextColumn('Year', 'period', years, (l) => parsePeriod(l)?.key ?? NaN),
        { role: 'time' as const },
      ),
      Object.assign(
        makeNumberColumn(
          'Value (US$)',
          rows.map((r) => r.cents / 100),
        ),
        {
          role: 'measure' as const,
        },
      ),
    ],
    provenance: { citations: [CITATION] },
    issues: [],
  };
}

const row = fc.record({
  partner: fc.constantFrom('Aland', 'Bland', 'Cland'),
  flow: fc.integer({ min: 0, max: 2 }),
  year: fc.integer({ min: 2018, max: 2021 }),
  cents: fc.integer({ min: 0, max: 5e13 }),
});

describe('buildBalanceSpec(table, config, size)', () => {
  it('draws exports − imports per partner and period, exact to the cent, re-exports never summed', () =>
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 120 }), (rows) => {
        const spec = buildBalanceSpec(
          tableOf(rows),
          { x: 'Year', y: ['Value (US$)'], series: 'Flow' },
          SIZE,
        );
        const want = new Map<string, { e: bigint; i: bigint; ne: number; ni: number }>();
        for (const r of rows) {
          const key = `${r.partner}|${r.year}`;
          const w = want.get(key) ?? { e: 0n, i: 0n, ne: 0, ni: 0 };
          if (r.flow === 0) [w.e, w.ne] = [w.e + BigInt(r.cents), w.ne + 1];
          if (r.flow === 1) [w.i, w.ni] = [w.i + BigInt(r.cents), w.ni + 1];
          want.set(key, w);
        }
        const several = new Set(rows.map((r) => r.partner)).size > 1;
        const expected = [...want]
          .filter(([, w]) => w.ne > 0 && w.ni > 0)
          .map(([key, w]) => [several ? key : `|${key.split('|')[1]}`, Number(w.e - w.i) / 100]);
        const drawn = spec.bars.map((b) => {
          const partner = several ? b.point.seriesLabel.replace(/: balance$/, '') : '';
          return [`${partner}|${b.point.period}`, b.point.value];
        });
        expect(new Map(drawn as [string, number][])).toEqual(
          new Map(expected as [string, number][]),
        );
      }),
      { numRuns: 200, seed: 15 },
    ));

  it('on a real Comtrade file (USA–China 2017) draws the deficit and explains the re-exports', () => {
    const table = loadFixture('comtrade/sstaple15_US-CNtrade_comtrade_H5_USA-CHN_2017.csv');
    const spec = buildBalanceSpec(
      table,
      {
        x: 'Year',
        y: ['Trade Value (US$)'],
        series: 'Trade Flow',
        filters: { 'Trade Flow': ['Export'] },
      },
      SIZE,
    );
    expect(spec.bars).toHaveLength(1);
    expect(spec.bars[0].point.value).toBeLessThan(-300e9);
    expect(spec.bars[0].point.valueLabel).toMatch(/^−\$\d+(\.\d)? bn$/);
    expect(spec.notes.join(' ')).toMatch(/“Re-Export” \(96 rows, .*not added to either side/);
    // Exports FOB against imports CIF: the reader is told why the deficit looks wide.
    expect(spec.notes).toContain(VALUATION);
    expect(spec.title).toBe('USA trade balance with China');
    expect(spec.subtitle).toBeUndefined();
  });

  it('with several partners draws small multiples on one scale, and flows as lines when asked', () => {
    const spec = buildBalanceSpec(
      tradeTable(),
      { x: 'Year', y: ['Trade Value (US$)'], series: 'Trade Flow', variant: 'flows' },
      SIZE,
    );
    expect(new Set(spec.bars.map((b) => b.point.seriesId))).toEqual(
      new Set(['balance|Aland', 'balance|Bland', 'balance|Cland']),
    );
    expect(spec.series.map((s) => s.id)).toContain('imports|Cland');
    expect(spec.guides?.some((g) => g.type === 'text' && g.text === 'Bland')).toBe(true);
    // Five periods a panel: the axis and the table give the figures, not a label on each bar.
    expect(spec.bars.some((b) => b.showValue)).toBe(false);
    expect(spec.table.columns).toEqual([
      'Partner',
      'Year',
      'Exports',
      'Imports',
      'Balance (exports − imports)',
    ]);
  });

  it('with two reporters, names each panel for whose balance it is, never the partner alone', () => {
    // Each side's report of China–Russia trade, US$ bn (a mirror file).
    const flows: [string, string, string, number][] = [
      ['China', 'Russian Federation', 'Export', 76.1],
      ['China', 'Russian Federation', 'Import', 114.1],
      ['Russian Federation', 'China', 'Export', 90.1],
      ['Russian Federation', 'China', 'Import', 66],
    ];
    const text = (name: string, role: 'reporter' | 'partner' | 'flow', i: number) =>
      Object.assign(
        makeTextColumn(
          name,
          'category',
          flows.map((f) => f[i] as string),
        ),
        { role },
      );
    const table: Table = {
      id: 'mirror',
      name: 'mirror.csv',
      rowCount: flows.length,
      columns: [
        text('Reporter', 'reporter', 0),
        text('Partner', 'partner', 1),
        text('Flow', 'flow', 2),
        Object.assign(
          makeTextColumn('Year', 'period', ['2022', '2022', '2022', '2022'], (l) => Number(l)),
          { role: 'time' as const },
        ),
        Object.assign(
          makeNumberColumn(
            'Value (US$)',
            flows.map((f) => f[3] * 1e9),
          ),
          { role: 'measure' as const },
        ),
      ],
      provenance: { citations: [CITATION] },
      issues: [],
    };
    const spec = buildBalanceSpec(table, { x: 'Year', y: ['Value (US$)'], series: 'Flow' }, SIZE);
    const balance = (who: string) =>
      spec.bars.find((b) => b.point.seriesLabel === `${who}: balance`)?.point.value;
    expect(balance('China with Russian Federation')).toBeCloseTo(-38e9, 0);
    expect(balance('Russian Federation with China')).toBeCloseTo(24.1e9, 0);
    expect(spec.title).toBe('Trade balance by reporter and partner');
    // One period per panel: each balance is written on its bar, however thin it is.
    expect(spec.bars.every((b) => b.showValue)).toBe(true);
    expect(spec.table.columns[0]).toBe('Reporter and partner');
  });

  it('without a flow column says why instead of drawing an empty axis', () => {
    const table = loadFixture('datahub/datasets-gdp_top-economies.csv');
    const spec = buildBalanceSpec(table, { x: 'year', y: ['gdp_trillion'] }, SIZE);
    expect(spec.why).toMatch(/flow column that names exports and imports/);
    expect(spec.bars).toEqual([]);
    expect(spec.sources.length).toBeGreaterThan(0);
  });
});

describe('buildBalanceSpec on a narrow chart', () => {
  it('stacks its panels in one column and grows taller, never squashing a panel', () => {
    const table = loadFixture('comtrade/shjain6670_IBE-China_comtrade_S4_CHN-DEU_2010.csv');
    const config = { type: 'balance' as const, x: 'Year', y: ['Trade Value (US$)'], filters: {} };
    const spec = buildBalanceSpec(table, config, { width: 326, height: 300 });
    const panels = spec.bars.reduce((n, b) => Math.max(n, b.y + b.height), 0);
    expect(spec.height).toBeGreaterThan(300);
    expect(panels).toBeLessThanOrEqual(spec.height);
    // Five partners, one above another, each at least 72 px tall: the chart is as tall as that.
    expect(spec.height).toBeGreaterThanOrEqual(5 * 72);
    const wide = buildBalanceSpec(table, config, { width: 1200, height: 500 });
    expect(wide.height).toBe(500);
  });
});

describe('switchChartType(table, config, "balance") after charts that pick a few series', () => {
  const table = loadFixture('comtrade/sstaple15_US-CNtrade_comtrade_H5_USA-CHN_2017.csv');
  const total = (spec: ReturnType<typeof buildBalanceSpec>) => spec.bars[0].point.valueLabel;

  it('balances all the trade, not the five commodities a column chart kept (bar → column → balance)', () => {
    const bar = switchChartType(table, defaultChartConfig(table), 'bar');
    const column = switchChartType(table, bar, 'column');
    const balance = switchChartType(table, column, 'balance');
    const direct = switchChartType(table, bar, 'balance');
    const spec = buildBalanceSpec(table, balance, SIZE);
    expect(total(spec)).toBe('−$396.1 bn');
    expect(total(buildBalanceSpec(table, direct, SIZE))).toBe('−$396.1 bn');
    expect(spec.notes.join(' ')).not.toMatch(/Only \d+ of the/);
  });

  it('says so when the author keeps a few commodities, and whose balance it then is', () => {
    const config = switchChartType(table, defaultChartConfig(table), 'balance');
    const commodities = (table.columns.find((c) => c.name === 'Commodity') as TextColumn)
      .dictionary;
    const some = { ...config, filters: { ...config.filters, Commodity: commodities.slice(0, 3) } };
    const spec = buildBalanceSpec(table, some, SIZE);
    expect(spec.notes.join(' ')).toMatch(
      /Only 3 of the \d+ values of “Commodity” \(.+\) are included, as chosen in the filters\. The balance is of those rows only\./,
    );
    expect(total(spec)).not.toBe('−$396.1 bn');
  });
});
