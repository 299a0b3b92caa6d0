import { describe, expect, it } from 'vitest';
import { mapClasses } from '../../../../src/lib/charts/map/mapClasses';
import { classBounds, classPaint } from '../../../../src/lib/charts/map/mapLegend';
import { naturalBreaks } from '../../../../src/lib/charts/map/naturalBreaks';
import { seeded } from '../tradeTable';

const VALUES = [1, 2, 3, 10, 11, 12, 50, 51, 52, 100];

describe('mapClasses(values, method)', () => {
  it("mapClasses(values, 'quantile') puts about as many values in each class", () => {
    const c = mapClasses(VALUES, 'quantile');
    const counts = Array(c.count).fill(0);
    for (const v of VALUES) counts[c.classOf(v)]++;
    expect(c.count).toBe(5);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });

  it("mapClasses(values, 'equal') cuts the range into classes of one width", () => {
    const c = mapClasses(VALUES, 'equal');
    expect(c.thresholds).toEqual([20.8, 40.6, 60.4, 80.2].map((t) => expect.closeTo(t, 9)));
    expect(c.extent).toEqual([1, 100]);
  });

  it("mapClasses(values, 'natural', 4) breaks where the values jump", () => {
    const c = mapClasses(VALUES, 'natural', 4);
    expect(c.thresholds).toEqual([10, 50, 100]);
    expect([1, 3, 10, 12, 50, 52, 100].map((v) => c.classOf(v))).toEqual([0, 0, 1, 1, 2, 2, 3]);
  });

  it('mapClasses(values) gives fewer classes when the values have fewer levels', () => {
    expect(mapClasses([5, 5, 5, 7], 'natural').count).toBe(2);
    expect(mapClasses([4, 4], 'equal').count).toBe(1);
  });

  it('mapClasses(values) cuts values on both sides of zero at zero, each side on its own', () => {
    const balances = [-50, -20, -5, -1, 0, 2, 3, 10, 40, 90];
    const c = mapClasses(balances, 'quantile');
    expect(c.thresholds).toContain(0);
    expect(c.count).toBe(5);
    // Four of ten values below zero: two of the five classes.
    expect(c.zero).toBe(2);
    for (const v of balances) expect(c.classOf(v) < c.zero!).toBe(v < 0);
    // All on one side: no cut at zero.
    expect(mapClasses(VALUES, 'quantile').zero).toBeUndefined();
    expect(mapClasses([-3, -2, -1, 0], 'quantile').zero).toBeUndefined();
  });

  it('mapClasses(values, method, n, cutFrom) cuts over one period, keeping every value within the key', () => {
    const latest = [100, 200, 300, 400, 500];
    const all = [1, 2, 3, 4, 5, ...latest];
    const c = mapClasses(all, 'quantile', 5, latest);
    expect(latest.map((v) => c.classOf(v))).toEqual([0, 1, 2, 3, 4]);
    expect(c.extent).toEqual([1, 500]);
    // A deficit in another period still gets a class below zero of its own.
    const flipped = mapClasses([-40, ...all], 'quantile', 5, latest);
    expect(flipped.zero).toBe(1);
    expect(flipped.classOf(-40)).toBe(0);
    expect(flipped.classOf(1)).toBe(1);
  });

  it('classPaint(k, classes) paints below zero in its own hue, stronger away from zero', () => {
    const c = mapClasses([-50, -20, -5, -1, 0, 2, 3, 10, 40, 90], 'quantile');
    expect(Array.from({ length: c.count }, (_, k) => classPaint(k, c))).toEqual([
      'neg-2',
      'neg-0',
      'seq-0',
      'seq-2',
      'seq-4',
    ]);
    const one = mapClasses(VALUES, 'quantile');
    expect(Array.from({ length: one.count }, (_, k) => classPaint(k, one))).toEqual([
      'seq-0',
      'seq-1',
      'seq-2',
      'seq-3',
      'seq-4',
    ]);
  });

  it('classBounds(classes) runs from the lowest value through each threshold to the highest', () => {
    expect(classBounds(mapClasses(VALUES, 'natural', 4))).toEqual([
      [1, 10],
      [10, 50],
      [50, 100],
      [100, 100],
    ]);
  });
});

describe('naturalBreaks(sorted, k)', () => {
  /** The least sum of squared deviations over every way to cut `v` in `k` runs (small inputs only). */
  function bruteForce(v: number[], k: number): number {
    const ssd = (a: number[]) => {
      const m = a.reduce((s, x) => s + x, 0) / a.length;
      return a.reduce((s, x) => s + (x - m) ** 2, 0);
    };
    if (k === 1) return ssd(v);
    let best = Infinity;
    for (let i = 1; i <= v.length - k + 1; i++)
      best = Math.min(best, ssd(v.slice(0, i)) + bruteForce(v.slice(i), k - 1));
    return best;
  }
  const cost = (v: number[], starts: number[]) => {
    const edges = [0, ...starts, v.length];
    let total = 0;
    for (let g = 0; g + 1 < edges.length; g++) {
      const run = v.slice(edges[g], edges[g + 1]);
      const m = run.reduce((s, x) => s + x, 0) / run.length;
      total += run.reduce((s, x) => s + (x - m) ** 2, 0);
    }
    return total;
  };

  it('naturalBreaks(sorted, k) finds the optimal cut of seeded samples, as an exhaustive search', () => {
    const rnd = seeded(15);
    for (let trial = 0; trial < 40; trial++) {
      const n = 3 + Math.floor(rnd() * 10);
      const v = Array.from({ length: n }, () => Math.round(rnd() ** 3 * 1000)).sort(
        (a, b) => a - b,
      );
      const k = 2 + Math.floor(rnd() * Math.min(3, n - 1));
      const starts = naturalBreaks(v, k);
      expect(starts).toHaveLength(k - 1);
      expect(cost(v, starts)).toBeCloseTo(bruteForce(v, k), 6);
    }
  });

  it('naturalBreaks(sorted, k) with fewer values than classes gives a run per value', () => {
    expect(naturalBreaks([1, 2], 5)).toEqual([1]);
    expect(naturalBreaks([1], 5)).toEqual([]);
  });
});
