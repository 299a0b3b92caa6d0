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
    points.push(ctx.factory.make(s, i, charted(rb, s.values[i]), xs[j], ys[j]));
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
  const est = estimated(s, sel, ctx.factory.authorFrom);
  const solid = est ? withoutEstimates(ys, est) : ys;
  return {
    drawn,
    series: {
      id: s.id,
      label: s.label,
      ...seriesStyle(n),
      path: ctx.canvas ? '' : linePath(xs, solid),
      polyline: ctx.canvas ? { xs, ys: solid } : undefined,
      ...(est ? { estimatePath: estimatePath(xs, ys, est) } : {}),
      points,
      dots: !sel.thinned && points.length <= ctx.plotWidth / 6,
      derived: s.derived ? true : undefined,
    },
  };
}
