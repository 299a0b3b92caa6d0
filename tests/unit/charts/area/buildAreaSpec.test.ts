import { describe, expect, it } from 'vitest';
import { buildAreaSpec } from '../../../../src/lib/charts/area/buildAreaSpec';
import { countryTable } from '../map/countryTable';
import { tradeTable } from '../tradeTable';

const SIZE = { width: 640, height: 340 };
const config = {
  x: 'Year',
  y: ['Trade Value (US$)'],
  series: 'Partner',
  filters: { 'Trade Flow': ['Import'] },
};

describe('buildAreaSpec(table, config, size)', () => {
  const trade = tradeTable();

  it('stacks each partner on the ones below, the top line being the total', () => {
    const spec = buildAreaSpec(trade, config, SIZE);
    expect(spec.series.map((s) => s.label)).toEqual(['Aland', 'Bland', 'Cland']);
    const [a, b] = spec.series;
    for (let i = 0; i < a.points.length; i++) expect(b.points[i].y).toBeLessThan(a.points[i].y);
    expect(spec.series.every((s) => s.area?.endsWith('Z'))).toBe(true);
  });

  it("buildAreaSpec(table, { variant: 'share' }) draws shares that fill 0–100 % every year", () => {
    const spec = buildAreaSpec(trade, { ...config, variant: 'share' }, SIZE);
    const top = spec.series[spec.series.length - 1];
    expect(new Set(top.points.map((p) => p.y))).toEqual(new Set([spec.plot.top]));
    expect(spec.yAxis.label).toBe('% of total');
    expect(top.points[0].detail).toMatch(/^Share: \d+(\.\d)? %/);
  });

  it('leaves a year out of the stack when a layer has no figure, and says so', () => {
    const spec = buildAreaSpec(trade, { ...config, filters: { 'Trade Flow': ['Export'] } }, SIZE);
    expect(spec.series[0].points.map((p) => p.period)).not.toContain('2020');
    expect(spec.series[0].area?.match(/M/g)).toHaveLength(2);
    expect(spec.notes).toContain(
      'Periods where a layer has no figure are left out of the stack, so no total is guessed: 2020 (Cland).',
    );
  });

  it('names each run of periods left out and whose figure is missing there', () => {
    const years = ['2010', '2011', '2012', '2013', '2014', '2015'];
    const values = {
      Aland: [1, NaN, NaN, 4, 5, NaN],
      Bland: [1, 2, NaN, 4, 5, 6],
    };
    // A row per year and partner, with no figure (NaN) where none is given.
    const table = countryTable(
      Object.entries(values).flatMap(([partner, vs]) =>
        years.map((year, i) => [partner, year, vs[i]] as [string, string, number]),
      ),
    );
    const spec = buildAreaSpec(table, { x: 'Year', y: ['Value'], series: 'Partner' }, SIZE);
    expect(spec.notes).toContain(
      'Periods where a layer has no figure are left out of the stack, so no total is guessed: 2011–2012 (Aland, Bland), 2015 (Aland).',
    );
  });
});
