import { describe, expect, it } from 'vitest';
import { rankSlots } from '../../../../src/lib/charts/bar/rankSlots';
import type { Shown } from '../../../../src/lib/charts/skeleton/showSeries';

/** One shown series of these values, one slot each. */
const shown = (values: number[]) =>
  [{ s: { values: Float64Array.from(values) } }] as unknown as Shown[];

describe('rankSlots(shown, count, ranked, top)', () => {
  it('keeps the largest in size when cut, deficits too, drawn largest first', () => {
    // UK −180 and France −140 outweigh the small surpluses.
    const { slots, left } = rankSlots(shown([5, -180, 40, -140, 2, 1]), 6, true, 3);
    expect(slots).toEqual([2, 3, 1]);
    expect(left).toBe(3);
  });

  it('ranks every slot by its signed total when none is cut', () => {
    expect(rankSlots(shown([5, -180, 40]), 3, true, 15).slots).toEqual([2, 0, 1]);
  });

  it('keeps the data’s order unranked, cut to the first N', () => {
    expect(rankSlots(shown([5, -180, 40, NaN, 2]), 5, false, 2)).toEqual({
      slots: [0, 1],
      left: 2,
      missing: [3],
    });
  });

  it('names the slots with no figure, ranked or not, cut or not', () => {
    expect(rankSlots(shown([NaN, 7, NaN]), 3, true, 15)).toEqual({
      slots: [1],
      left: 0,
      missing: [0, 2],
    });
  });
});
