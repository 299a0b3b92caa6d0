import { describe, expect, it } from 'vitest';
import { buildSlopeSpec } from '../../../../src/lib/charts/slope/buildSlopeSpec';
import { spreadLabels } from '../../../../src/lib/charts/slope/spreadLabels';
import { tradeTable } from '../tradeTable';
import { makeNumberColumn, makeTextColumn } from '../../../../src/lib/data/makeColumn';
import { loadFixture } from '../loadFixture';
import { toLong } from '../../../../src/lib/data/import';
import { switchChartType } from '../../../../src/lib/charts/config/switchChartType';
import { defaultChartConfig } from '../../../../src/lib/charts/defaults/defaultChartConfig';

const SIZE = { width: 640, height: 340 };
const config = {
  x: 'Year',
  y: ['Trade Value (US$)'],
  series: 'Partner',
  filters: { 'Trade Flow': ['Export'] },
};

describe('buildSlopeSpec(table, config, size)', () => {
  const trade = tradeTable();

  it('says a rise of a thousand per cent or more as a multiple', () => {
    const rows = [
      ['2018', 'A', 1],
      ['2022', 'A', 100],
      ['2018', 'B', 10],
      ['2022', 'B', 12],
    ] as const;
    const table = {
      ...trade,
      rowCount: rows.length,
      columns: [
        makeTextColumn(
          'Year',
          'period',
          rows.map((r) => r[0]),
          Number,
        ),
        makeTextColumn(
          'Partner',
          'category',
          rows.map((r) => r[1]),
        ),
        makeNumberColumn(
          'v',
          rows.map((r) => r[2]),
        ),
      ],
    };
    const spec = buildSlopeSpec(table, { x: 'Year', y: ['v'], series: 'Partner' }, SIZE);
    const change = (series: string) =>
      spec.labels
        .find((l) => l.anchor === 'start' && l.series === series)!
        .text.match(/[+−×][\d.,]+( %)?$/)?.[0];
    expect(change('A')).toBe('×100');
    expect(change('B')).toBe('+20.0 %');
  });

  it('joins each partner from the first to the last year, labelled at both ends with its change', () => {
    const spec = buildSlopeSpec(trade, config, SIZE);
    expect(spec.series.map((s) => s.points.map((p) => p.period))).toEqual([
      ['2018', '2022'],
      ['2018', '2022'],
      ['2018', '2022'],
    ]);
    expect(
      spec.labels.filter((l) => l.anchor === 'start').every((l) => /[+−]\d/.test(l.text)),
    ).toBe(true);
    expect(spec.table.columns).toEqual(['Series', '2018', '2022', 'Change']);
  });

  it('buildSlopeSpec(table, { periods }) compares the chosen periods and leaves out partners missing one', () => {
    const spec = buildSlopeSpec(trade, { ...config, periods: ['2019', '2020'] }, SIZE);
    expect(spec.series.map((s) => s.label)).toEqual(['Aland', 'Bland']);
    expect(spec.notes.join(' ')).toContain('no figure for one of the two periods: Cland');
  });
});

describe('spreadLabels(ys, gap, top, bottom)', () => {
  const cases = [
    { ys: [10, 12, 50], expected: [10, 23, 50] },
    { ys: [100, 99], expected: [100, 87] },
    { ys: [0, 0, 0], expected: [5, 18, 31] },
  ];
  for (const { ys, expected } of cases)
    it(`spreadLabels([${ys}], 13, 5, 100) → [${expected}]`, () =>
      expect(spreadLabels(ys, 13, 5, 100)).toEqual(expected));
});

describe('buildSlopeSpec on rates, and narrow', () => {
  const table = loadFixture('worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv');
  const config = switchChartType(table, defaultChartConfig(table), 'slope');

  it('states the move of a rate in percentage points, not as a relative change', () => {
    const spec = buildSlopeSpec(table, config, SIZE);
    const right = spec.labels.filter((l) => l.anchor === 'start' && /%/.test(l.text));
    expect(right.length).toBeGreaterThan(0);
    for (const l of right) expect(l.text).toMatch(/ [+−]?\d[\d,.]* pp$/);
    expect(spec.description).toMatch(/\([+−]?\d[\d,.]* pp\)/);
  });

  it('names every right end where lines cross, cutting a long name before any figure', () => {
    const spec = buildSlopeSpec(table, config, { width: 800, height: 420 });
    const right = spec.labels.filter((l) => l.anchor === 'start');
    expect(right.length).toBeGreaterThan(2);
    for (const l of right) {
      const name = l.series!;
      const said = l.text.split(/ \d/)[0];
      expect(said.endsWith('…') ? name.startsWith(said.slice(0, -1)) : said === name).toBe(true);
      expect(l.text).toMatch(/\d[\d,.]* % [+−]?\d[\d,.]* pp$/);
    }
  });

  it('cuts a long name at 390 px, never the figure beside it', () => {
    const spec = buildSlopeSpec(table, config, { width: 390, height: 360 });
    const left = spec.labels.filter((l) => l.anchor === 'end' && /\d/.test(l.text));
    expect(left.length).toBeGreaterThan(0);
    for (const l of left) expect(l.text).toMatch(/\d[\d,.]* %$/);
  });
});

describe('buildSlopeSpec on a phone, with long partner names', () => {
  // IMF DOTS: China's exports to the United States, Hong Kong, Japan, Vietnam and Korea.
  const table = toLong(loadFixture('imf/SamLeBlanc_DOTS_40_China_PR_Mainland_exports.csv'));
  const config = switchChartType(table, defaultChartConfig(table), 'slope');

  it('names no line by a few letters: at 390 px the left ends give their figures, the key names them', () => {
    const left = buildSlopeSpec(table, config, { width: 390, height: 600 }).labels.filter(
      (l) => l.anchor === 'end',
    );
    expect(left.length).toBe(5);
    for (const l of left) expect(l.text).toMatch(/^\$[\d.]+ (bn|mn)$/);
    // Wide enough, each left end has its name.
    const wide = buildSlopeSpec(table, config, { width: 1000, height: 600 }).labels;
    expect(wide.find((l) => l.anchor === 'end' && l.series === 'Japan')?.text).toMatch(
      /^Japan \$[\d.]+ bn$/,
    );
  });
});

describe('buildSlopeSpec on balances (values below zero)', () => {
  // Eurostat teina200: deficits, and Norway's surplus reported from 2011 only.
  const long = toLong(loadFixture('eurostat/christophergandrud_teina200.tsv'));
  const config = switchChartType(long, defaultChartConfig(long), 'slope');

  it('states the move of a deficit as the difference, never a relative change read backwards', () => {
    const spec = buildSlopeSpec(long, config, SIZE);
    const italy = spec.labels.find((l) => l.anchor === 'start' && l.series === 'Italy');
    // −€57.0 bn to −€49.0 bn: a deficit about €8 bn smaller, not −13.9 %.
    expect(italy?.text).toBe('−€49.0 bn +€7.9 bn');
    // Norway's surplus too: every line's change is said the same way, so they compare.
    for (const l of spec.labels.filter((l) => l.anchor === 'start'))
      expect(l.text).toMatch(/ [+−]€[\d.]+ bn$/);
  });

  it('says where the lines start when the data start earlier', () => {
    const spec = buildSlopeSpec(long, config, SIZE);
    expect(spec.notes.join(' ')).toContain(
      'From 2011, the first period with a figure for every line; the data start in 2003.',
    );
  });

  it('never cuts a figure on a phone (a 326 px chart): a name gives way first, then the change', () => {
    const spec = buildSlopeSpec(long, config, { width: 326, height: 360 });
    for (const l of spec.labels) expect(l.text).not.toMatch(/\d…|€…|−…/);
    const left = spec.labels.filter((l) => l.anchor === 'end');
    for (const l of left) expect(l.text).toMatch(/€[\d.,]+ bn$/);
  });
});
