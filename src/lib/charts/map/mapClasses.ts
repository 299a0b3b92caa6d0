import { quantileSorted } from 'd3-array';

/** Quantile classes: the thresholds between them, and the class of a value (0 = lowest). */
export interface MapClasses {
  thresholds: number[];
  count: number;
  classOf(value: number): number;
}

/**
 * Up to five quantile classes over the values, each holding about as many countries; fewer when
 * the values have fewer distinct levels. A value on a threshold belongs to the class above it.
 */
export function mapClasses(values: number[], wanted = 5): MapClasses {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const cuts: number[] = [];
  for (let k = 1; k < wanted; k++) {
    const q = quantileSorted(sorted, k / wanted);
    if (q !== undefined && q > sorted[0] && !cuts.includes(q)) cuts.push(q);
  }
  return {
    thresholds: cuts,
    count: cuts.length + 1,
    classOf(value) {
      let k = 0;
      while (k < cuts.length && value >= cuts[k]) k++;
      return k;
    },
  };
}
