import { describe, expect, it } from 'vitest';
import { warmChartCode } from '../../../src/lib/dashboard/warmChartCode';

describe('warmChartCode', () => {
  it('warmChartCode() draws the default chart of a long trade table: a line per partner, one flow', () => {
    const spec = warmChartCode();
    expect(spec.kind).toBe('line');
    expect(spec.series.length).toBeGreaterThanOrEqual(2);
    expect(spec.series.every((s) => s.path.startsWith('M'))).toBe(true);
    expect(spec.xAxis.ticks.map((t) => t.label)).toEqual(['2019', '2020', '2021', '2022']);
    expect(spec.sources.map((s) => s.text).join()).toContain('Warm-up');
  });
});
