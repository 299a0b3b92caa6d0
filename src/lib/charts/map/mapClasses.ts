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

/**
 * Up to five classes over the values: quantiles (each holding about as many countries), equal
 * intervals (each as wide), or natural breaks (each as alike inside as can be); fewer when the
 * values have fewer distinct levels. A value on a threshold belongs to the class above it.
 */
export function mapClasses(
  values: number[],
  method: MapClassing = 'quantile',
  wanted = 5,
): MapClasses {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const cuts: number[] = [];
  if (sorted.length)
    for (const q of CUTS[method](sorted, wanted))
      if (q > sorted[0] && q <= sorted[sorted.length - 1] && !cuts.includes(q)) cuts.push(q);
  return {
    method,
    thresholds: cuts,
    extent: sorted.length ? [sorted[0], sorted[sorted.length - 1]] : [0, 0],
    count: cuts.length + 1,
    classOf(value) {
      let k = 0;
      while (k < cuts.length && value >= cuts[k]) k++;
      return k;
    },
  };
}
