import { describe, expect, it } from 'vitest';
import { buildSlopeSpec } from '../../../../src/lib/charts/slope/buildSlopeSpec';
import { spreadLabels } from '../../../../src/lib/charts/slope/spreadLabels';
import { tradeTable } from '../tradeTable';
import { loadFixture } from '../loadFixture';
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

  it('cuts a long name at 390 px, never the figure beside it', () => {
    const spec = buildSlopeSpec(table, config, { width: 390, height: 360 });
    const left = spec.labels.filter((l) => l.anchor === 'end' && /\d/.test(l.text));
    expect(left.length).toBeGreaterThan(0);
    for (const l of left) expect(l.text).toMatch(/\d[\d,.]* %$/);
  });
});
