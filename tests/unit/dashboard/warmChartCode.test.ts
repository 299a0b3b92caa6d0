import { describe, expect, it } from 'vitest';
import { warmChartCode, warmChartCodeWhenIdle } from '../../../src/lib/dashboard/warmChartCode';

describe('warmChartCode', () => {
  it('warmChartCode() draws the default chart of a long trade table: a line per partner, one flow', () => {
    const spec = warmChartCode();
    expect(spec.kind).toBe('line');
    expect(spec.series.length).toBeGreaterThanOrEqual(2);
    expect(spec.series.every((s) => s.path.startsWith('M'))).toBe(true);
    expect(spec.xAxis.ticks.map((t) => t.label)).toEqual(['2019', '2020', '2021', '2022']);
    expect(spec.sources.map((s) => s.text).join()).toContain('Warm-up');
  });

  it('warmChartCodeWhenIdle(idle) draws the same chart over two idle callbacks', async () => {
    const waiting: (() => void)[] = [];
    const drawn = warmChartCodeWhenIdle((run) => waiting.push(run));
    expect(waiting).toHaveLength(1);
    waiting.shift()!();
    expect(waiting).toHaveLength(1);
    waiting.shift()!();
    expect(await drawn).toEqual(warmChartCode());
  });
});
