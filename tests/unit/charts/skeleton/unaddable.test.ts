import { describe, expect, it } from 'vitest';
import { buildChartSpec } from '../../../../src/lib/charts/buildChartSpec';
import { switchChartType } from '../../../../src/lib/charts/config/switchChartType';
import { defaultChartConfig } from '../../../../src/lib/charts/defaults/defaultChartConfig';
import { importCsv } from '../../../../src/lib/data/import';
import { loadFixture } from '../loadFixture';

const SIZE = { width: 640, height: 360 };

/** A small CSV imported as an upload is. */
function csv(text: string) {
  const r = importCsv(new TextEncoder().encode(text), {
    name: 'shares.csv',
    accessed: '2025-01-01',
  });
  if (!r.ok) throw new Error(r.error);
  return r.table;
}

describe('unaddable(data, stacks), through buildChartSpec', () => {
  // World Bank exports as % of GDP: World, Luxembourg, Singapore… each a rate of its own.
  const table = loadFixture('worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv');
  const lines = defaultChartConfig(table);

  it('refuses to stack rates of different economies, saying by how much they pass a whole', () => {
    const spec = buildChartSpec(table, switchChartType(table, lines, 'area'), SIZE);
    expect(spec.series).toEqual([]);
    expect(spec.why).toMatch(
      /^These are percentages \(Exports of goods and services \(% of GDP\)\) that add up to \d+ % in \d{4}, more than a whole/,
    );
    expect(spec.why).toContain('Draw them as lines instead.');
    const stacked = buildChartSpec(
      table,
      { ...switchChartType(table, lines, 'column'), variant: 'stacked' },
      SIZE,
    );
    expect(stacked.why).toMatch(/more than a whole/);
  });

  it('refuses to add up the rates of every economy into one line', () => {
    const spec = buildChartSpec(table, { ...lines, series: undefined, filters: {} }, SIZE);
    expect(spec.why).toMatch(/^These are percentages .*, and up to \d+ rows fall on one point/);
    expect(spec.notes.join(' ')).not.toContain('sum of the rows');
  });

  it('still draws the rates as lines, one per economy', () => {
    const spec = buildChartSpec(table, lines, SIZE);
    expect(spec.why).toBeUndefined();
    expect(spec.series.length).toBeGreaterThan(1);
  });

  it('stacks shares of one whole, which stay within 100 % give or take rounding', () => {
    const shares = csv(
      'year,product,share (%)\n2020,Oil,33.3\n2020,Gas,33.3\n2020,Coal,33.4\n2021,Oil,50.2\n2021,Gas,29.9\n2021,Coal,20.2\n',
    );
    const spec = buildChartSpec(
      shares,
      {
        ...switchChartType(shares, defaultChartConfig(shares), 'area'),
        series: 'product',
        filters: {},
      },
      SIZE,
    );
    expect(spec.why).toBeUndefined();
    expect(spec.series.length).toBe(3);
    // The rule applied: these are percentages, read as such.
    expect(spec.yAxis.label).toBe('%');
  });
});

describe('a slope chart of economies that start late', () => {
  it('compares the first and last years the most of them have, and leaves none out', () => {
    const table = loadFixture('worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv');
    const spec = buildChartSpec(
      table,
      switchChartType(table, defaultChartConfig(table), 'slope'),
      SIZE,
    );
    expect(spec.notes.join(' ')).not.toMatch(/Left out/);
    expect(spec.series.filter((s) => !s.overlay)).toHaveLength(5);
  });
});
