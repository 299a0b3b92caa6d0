import { describe, expect, it } from 'vitest';
import { buildChartSpec } from '../../../../src/lib/charts/buildChartSpec';
import { defaultChartConfig } from '../../../../src/lib/charts/defaults/defaultChartConfig';
import { csvTable, loadFixture } from '../loadFixture';

const SIZE = { width: 640, height: 360 };

describe('readingLimits(data) through buildChartSpec: what a chart offers to read its figures by', () => {
  const weo = loadFixture('imf/jfgomezok_WEOApr2020all.xls');
  const growth = defaultChartConfig(weo);

  it('offers no index or % change of growth rates (IMF WEO “Percent change”), nor a log scale of recessions', () => {
    const spec = buildChartSpec(weo, growth, SIZE);
    expect(spec.view.notRelative).toMatch(/Rates, and percentages at or below zero/);
    expect(spec.view.notLog).toMatch(/no place for figures of zero or less/);
  });

  it('shows a link’s % change of growth rates as values, and says so', () => {
    const spec = buildChartSpec(weo, { ...growth, mode: 'change' }, SIZE);
    expect(spec.view.mode).toBe('values');
    expect(spec.notes.join(' ')).toMatch(
      /have no meaningful index or % change\. Shown as values\./,
    );
  });

  it('offers both for amounts above zero, and an index for shares above zero', () => {
    const dots = loadFixture('imf/SamLeBlanc_DOTS_40_China_PR_Mainland_exports.csv');
    const amounts = buildChartSpec(dots, defaultChartConfig(dots), SIZE);
    expect(amounts.view.notRelative).toBeUndefined();
    const shares = csvTable('year,share (%)\n2020,12.5\n2021,14\n2022,15.5\n');
    const spec = buildChartSpec(shares, { ...defaultChartConfig(shares), mode: 'index' }, SIZE);
    expect(spec.view.notRelative).toBeUndefined();
    expect(spec.view.notLog).toBeUndefined();
    expect(spec.view.mode).toBe('index');
  });
});
