import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { downsampleM4 } from '../../../../src/lib/charts/prepare/downsampleM4';

const keysOf = (n: number) => Float64Array.from({ length: n }, (_, i) => i);

describe('downsampleM4(keys, values, lo, hi, pixels)', () => {
  it('keeps every point when there are fewer than two per pixel, breaking at missing values', () => {
    const values = Float64Array.from([1, 2, NaN, 4, 5]);
    const sel = downsampleM4(keysOf(5), values, 0, 5, 100);
    expect(Array.from(sel.indices.slice(0, sel.length))).toEqual([0, 1, -1, 3, 4]);
    expect(sel).toMatchObject({ missing: 1, thinned: false });
  });

  it('with positiveOnly (log scales) leaves out zero and negatives, counting them', () => {
    const values = Float64Array.from([3, 0, -1, 4]);
    const sel = downsampleM4(keysOf(4), values, 0, 4, 100, true);
    expect(Array.from(sel.indices.slice(0, sel.length))).toEqual([0, -1, 3]);
    expect(sel.nonPositive).toBe(2);
  });

  it('keeps, per pixel column, the first, last, lowest and highest point, in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
          minLength: 50,
          maxLength: 400,
        }),
        fc.integer({ min: 2, max: 20 }),
        (raw, pixels) => {
          const values = Float64Array.from(raw);
          const keys = keysOf(values.length);
          const sel = downsampleM4(keys, values, 0, values.length, pixels);
          const picked = Array.from(sel.indices.slice(0, sel.length));
          expect(picked).toEqual([...picked].sort((a, b) => a - b));
          expect(picked.length).toBeLessThanOrEqual(4 * pixels);
          const span = keys[keys.length - 1] - keys[0];
          const perKey = pixels / span;
          const bucket = (i: number) =>
            Math.min(pixels - 1, Math.floor((keys[i] - keys[0]) * perKey));
          for (let b = 0; b < pixels; b++) {
            const all = raw.map((v, i) => [v, i] as const).filter(([, i]) => bucket(i) === b);
            if (!all.length) continue;
            const mine = picked.filter((i) => bucket(i) === b).map((i) => raw[i]);
            expect(Math.min(...mine)).toBe(Math.min(...all.map(([v]) => v)));
            expect(Math.max(...mine)).toBe(Math.max(...all.map(([v]) => v)));
            expect(picked).toContain(all[0][1]);
            expect(picked).toContain(all[all.length - 1][1]);
          }
        },
      ),
      { seed: 42, numRuns: 40 },
    );
  });
});
