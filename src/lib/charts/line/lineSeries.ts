import { estimatePath, linePath, withoutEstimates } from '../skeleton/linePath';
import { seriesStyle } from '../skeleton/seriesStyle';
import type { Shown } from '../skeleton/showSeries';
import type { Selection } from '../prepare/downsampleM4';
import { estimateSlots } from '../prepare/flagQualifier';
import type { PointFactory } from '../prepare/pointFactory';
import { charted } from '../prepare/rebase';
import type { ChartPoint, ChartSeries } from '../spec';

export interface LineContext {
  keys: Float64Array;
  xOf: (key: number) => number;
  y: (value: number) => number;
  factory: PointFactory;
  /** Drawn on canvas: coordinates, no path string. */
  canvas: boolean;
  /** Mid-gesture: the line only, no points. */
  draft: boolean;
  plotWidth: number;
  /** The slots are plain years: a year with no slot at all (a file without it) breaks the line. */
  years?: boolean;
}

/**
 * The coordinates with a break (NaN) wherever the next point is more than a year after the one
 * before: a year the file has no column or row for is a gap, not a straight line across it.
 */
function breakAtMissingYears(
  xs: Float64Array,
  ys: Float64Array,
  est: Uint8Array | null,
  keyAt: (j: number) => number,
) {
  const at: number[] = [];
  let last = NaN;
  for (let j = 0; j < xs.length; j++) {
    const key = keyAt(j);
    if (key - last > 1) at.push(-1);
    at.push(j);
    last = key;
  }
  if (at.length === xs.length) return { xs, ys, est };
  const pick = (a: Float64Array) => Float64Array.from(at, (j) => (j < 0 ? NaN : a[j]));
  return {
    xs: pick(xs),
    ys: pick(ys),
    est: est && Uint8Array.from(at, (j) => (j < 0 ? 0 : est[j])),
  };
}

/** Per selected point, 1 where it is an estimate; null when the series has none. */
function estimated(s: Shown['s'], sel: Selection, authorFrom: number): Uint8Array | null {
  const slots = estimateSlots(s, authorFrom);
  if (!slots) return null;
  const out = new Uint8Array(sel.length);
  for (let j = 0; j < sel.length; j++) if (sel.indices[j] >= 0) out[j] = slots[sel.indices[j]];
  return out;
}

/**
 * One series' line from its selected points: coordinates (NaN at a break), its path for SVG,
 * and its points for pointer and keyboard — all of them, or for a thinned series the highest
 * and lowest per pixel column (one when they are under 3 px apart).
 */
export function lineSeries(
  { s, n, rb }: Shown,
  sel: Selection,
  ctx: LineContext,
): { series: Omit<ChartSeries, 'gaps'>; drawn: number } {
  const xs = new Float64Array(sel.length);
  const ys = new Float64Array(sel.length);
  const points: ChartPoint[] = [];
  const point = (j: number) => {
    const i = sel.indices[j];
    points.push(ctx.factory.make(s, i, charted(rb, s.values[i]), xs[j], ys[j], undefined, rb.at));
  };
  let drawn = 0;
  let column = NaN;
  let top = -1;
  let low = -1;
  const flush = () => {
    if (top < 0) return;
    if (ys[low] - ys[top] < 3) point(top);
    else {
      point(Math.min(top, low));
      point(Math.max(top, low));
    }
    top = low = -1;
  };
  for (let j = 0; j < sel.length; j++) {
    const i = sel.indices[j];
    if (i < 0) {
      xs[j] = ys[j] = NaN;
      continue;
    }
    xs[j] = ctx.xOf(ctx.keys[i]);
    ys[j] = ctx.y(charted(rb, s.values[i]));
    drawn++;
    if (ctx.draft) continue;
    if (!sel.thinned) point(j);
    else if (Math.round(xs[j]) !== column) {
      flush();
      column = Math.round(xs[j]);
      top = low = j;
    } else {
      if (ys[j] < ys[top]) top = j;
      if (ys[j] > ys[low]) low = j;
    }
  }
  flush();
  const keyAt = (j: number) => (sel.indices[j] < 0 ? NaN : ctx.keys[sel.indices[j]]);
  const marked = estimated(s, sel, ctx.factory.authorFrom);
  // A thinned line skips slots on purpose: only a line of every point breaks at missing years.
  const line =
    ctx.years && !sel.thinned
      ? breakAtMissingYears(xs, ys, marked, keyAt)
      : { xs, ys, est: marked };
  const { est } = line;
  const solid = est ? withoutEstimates(line.ys, est) : line.ys;
  return {
    drawn,
    series: {
      id: s.id,
      label: s.label,
      ...seriesStyle(n),
      path: ctx.canvas ? '' : linePath(line.xs, solid),
      polyline: ctx.canvas ? { xs: line.xs, ys: solid } : undefined,
      ...(est ? { estimatePath: estimatePath(line.xs, line.ys, est) } : {}),
      points,
      dots: !sel.thinned && points.length <= ctx.plotWidth / 6,
      derived: s.derived ? true : undefined,
    },
  };
}
