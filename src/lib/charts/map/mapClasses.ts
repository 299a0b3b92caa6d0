import { quantileSorted } from 'd3-array';
import type { MapClassing } from './mapClassing';
import { naturalBreaks } from './naturalBreaks';

/** Classes: the thresholds between them, the values' range, and the class of a value (0 = lowest). */
export interface MapClasses {
  method: MapClassing;
  thresholds: number[];
  /** The lowest and highest value classed: the outer bounds of the first and last class. */
  extent: [number, number];
  count: number;
  /**
   * Where the values cross zero (a balance: deficits and surpluses), the classes are cut at
   * zero and this is the first class of zero and above; the classes below it are the negatives.
   */
  zero?: number;
  classOf(value: number): number;
}

/** Thresholds that split the sorted values into `wanted` classes, each holding about as many. */
function quantileCuts(sorted: number[], wanted: number): number[] {
  const cuts: number[] = [];
  for (let k = 1; k < wanted; k++) cuts.push(quantileSorted(sorted, k / wanted)!);
  return cuts;
}

/** Thresholds that split the values' range into `wanted` classes of one width. */
function equalCuts(sorted: number[], wanted: number): number[] {
  const [lo, hi] = [sorted[0], sorted[sorted.length - 1]];
  return Array.from({ length: wanted - 1 }, (_, k) => lo + ((hi - lo) * (k + 1)) / wanted);
}

/** Thresholds at natural breaks: each class begins at its own lowest value. */
const naturalCuts = (sorted: number[], wanted: number): number[] =>
  naturalBreaks(sorted, wanted).map((i) => sorted[i]);

const CUTS = { quantile: quantileCuts, equal: equalCuts, natural: naturalCuts };

const ascending = (values: number[]) => values.filter(Number.isFinite).sort((a, b) => a - b);

/**
 * Up to five classes over the values: quantiles (each holding about as many countries), equal
 * intervals (each as wide), or natural breaks (each as alike inside as can be); fewer when the
 * values have fewer distinct levels. Values on both sides of zero are cut at zero too, each side
 * on its own (see `zero`). A value on a threshold belongs to the class above it.
 *
 * The thresholds are cut over `cutFrom` (one period's values, of a map that steps through
 * several), the range and the cut at zero over all `values`, so that every value drawn lies
 * within the key's bounds and deficits never share a colour with surpluses.
 */
export function mapClasses(
  values: number[],
  method: MapClassing = 'quantile',
  wanted = 5,
  cutFrom: number[] = values,
): MapClasses {
  const sorted = ascending(values);
  const ref = cutFrom === values ? sorted : ascending(cutFrom);
  const [lo, hi] = sorted.length ? [sorted[0], sorted[sorted.length - 1]] : [0, 0];
  // Across zero, each side is cut on its own, in classes as many as its share of the values
  // (at least one, and two to three of the five below zero at most), with zero between them.
  const crosses = lo < 0 && hi > 0;
  // A side that the values cut from do not reach is cut over all the values on that side.
  const side = (keep: (v: number) => boolean) => {
    const own = ref.filter(keep);
    return own.length ? own : sorted.filter(keep);
  };
  const below = side((v) => v < 0);
  const above = side((v) => v >= 0);
  const share = ref.some((v) => v < 0) && ref.some((v) => v > 0) ? ref : sorted;
  const under = crosses
    ? Math.min(
        3,
        Math.max(1, Math.round((wanted * share.filter((v) => v < 0).length) / share.length)),
      )
    : 0;
  const sides: [number[], number][] = crosses
    ? [
        [below, under],
        [above, wanted - under],
      ]
    : [[ref, wanted]];
  const cuts: number[] = [];
  sides.forEach(([part, n], i) => {
    if (i > 0) cuts.push(0);
    if (part.length && n > 1)
      for (const q of CUTS[method](part, n))
        if (q > part[0] && q <= part[part.length - 1] && !cuts.includes(q)) cuts.push(q);
  });
  return {
    method,
    thresholds: cuts,
    extent: [lo, hi],
    count: cuts.length + 1,
    ...(crosses ? { zero: cuts.indexOf(0) + 1 } : {}),
    classOf(value) {
      let k = 0;
      while (k < cuts.length && value >= cuts[k]) k++;
      return k;
    },
  };
}
