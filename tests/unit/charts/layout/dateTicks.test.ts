import { utcTicks } from 'd3-time';
import { describe, expect, it } from 'vitest';
import { dateTicks } from '../../../../src/lib/charts/layout/dateTicks';

const DAY = 86_400_000;

describe('dateTicks(start, stop, count)', () => {
  it('gives the ticks utcTicks gives where they are a day apart or more', () => {
    for (const start of [Date.UTC(1987, 4, 13), Date.UTC(1955, 11, 31), Date.UTC(2024, 1, 29)])
      for (const days of [3, 10, 20, 45, 90, 200, 400, 800, 2000, 5000, 12000, 40000])
        for (const count of [2, 5, 8, 12].filter((n) => days / n >= 1)) {
          const stop = new Date(start + days * DAY);
          const want = utcTicks(new Date(start), stop, count).map(Number);
          expect(dateTicks(new Date(start), stop, count).map(Number)).toEqual(want);
        }
  });

  it('ticks whole days for a span shorter than its ticks, never hours', () => {
    const start = Date.UTC(2024, 0, 1);
    const ticks = dateTicks(new Date(start), new Date(start + 2 * DAY), 10);
    expect(ticks.map((d) => d.toISOString().slice(0, 10))).toEqual([
      '2024-01-01',
      '2024-01-02',
      '2024-01-03',
    ]);
  });
});
