import { lowerBound } from '../prepare/xSlots';

/** The part of an ordered x axis shown: all keys, the keys in view, and their slot indices. */
export interface XWindow {
  domain: [number, number];
  range: [number, number];
  /** Slots [lo, hi) lie inside the range. */
  lo: number;
  hi: number;
  zoomed: boolean;
}

/**
 * Clamps a zoom range to the data's keys (and any overlay keys), its ends on the keys in view. A
 * range narrower than two neighbouring keys widens to them, so a zoom always shows two points.
 */
export function xWindow(keys: Float64Array, extra: number[], range?: [number, number]): XWindow {
  let d0 = keys.length ? keys[0] : NaN;
  let d1 = keys.length ? keys[keys.length - 1] : NaN;
  for (const k of extra) {
    if (!(k >= d0)) d0 = Number.isNaN(d0) ? k : Math.min(d0, k);
    if (!(k <= d1)) d1 = Number.isNaN(d1) ? k : Math.max(d1, k);
  }
  if (Number.isNaN(d0)) [d0, d1] = [0, 1];
  let [r0, r1] = range
    ? [Math.max(d0, Math.min(...range)), Math.min(d1, Math.max(...range))]
    : [d0, d1];
  if (!(r1 > r0)) [r0, r1] = [d0, d1];
  let lo = lowerBound(keys, r0);
  let hi = lowerBound(keys, r1 + Math.abs(r1) * 1e-12 + 1e-12);
  if (hi - lo < 2 && keys.length >= 2) {
    lo = Math.max(0, Math.min(lo, keys.length - 2));
    hi = lo + 2;
    r0 = Math.min(r0, keys[lo]);
    r1 = Math.max(r1, keys[hi - 1]);
  } else if (range && hi - lo >= 2) {
    // A zoom shows whole periods: its ends on the first and last key in view, so lines reach
    // the plot's edges instead of stopping short of them.
    [r0, r1] = [keys[lo], keys[hi - 1]];
  }
  return { domain: [d0, d1], range: [r0, r1], lo, hi, zoomed: r0 > d0 || r1 < d1 };
}
