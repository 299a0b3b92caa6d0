import type { ScaleBand } from 'd3-scale';
import type { Shown } from './showSeries';
import type { Stack } from './stackValues';

const round = (v: number) => Math.round(v * 10) / 10;

/** The slots of a band chart (columns, bars) and how its series share each slot's band. */
export interface Bands {
  slots: number[];
  shown: Shown[];
  stacked: boolean;
  /** Per slot, its stack (stacked only); null where a layer has no figure. */
  stacks: (Stack | null)[];
  band: ScaleBand<number>;
  /** The series side by side inside a slot's band. */
  inner: ScaleBand<number>;
}

/** One mark of a band chart: its slot and series, the values it spans, its place across. */
export interface BandLayer {
  i: number;
  sh: Shown;
  v: number;
  lo: number;
  hi: number;
  /** Where the mark starts across the band, and how wide it is. */
  start: number;
  size: number;
}

/**
 * The marks of a band chart, slot by slot: side by side in the slot's band, or stacked (from
 * the stack's base to its top); a missing value, or a stack missing a layer, has none.
 */
export function bandLayers(
  { slots, shown, stacked, stacks, band, inner }: Bands,
  valueAt: (slot: number, series: number) => number,
): BandLayer[] {
  const out: BandLayer[] = [];
  slots.forEach((i, j) => {
    shown.forEach((sh, k) => {
      const v = valueAt(j, k);
      const layer = stacked ? stacks[j]?.[k] : [0, v];
      if (!layer || Number.isNaN(v)) return;
      const [lo, hi] = [Math.min(layer[0], layer[1]), Math.max(layer[0], layer[1])];
      const start = round((band(i) ?? 0) + (stacked ? 0 : (inner(k) ?? 0)));
      const size = round(stacked ? band.bandwidth() : inner.bandwidth());
      out.push({ i, sh, v, lo, hi, start, size });
    });
  });
  return out;
}
