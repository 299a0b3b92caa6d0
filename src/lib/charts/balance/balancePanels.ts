import { scaleBand, type ScaleBand } from 'd3-scale';
import type { Shape } from '../draw/shape';
import { plotFrame } from '../layout/plotFrame';
import { fitText } from '../layout/textWidth';
import { valueScale, type ValueScale } from '../layout/valueScale';
import type { ChartSize, ChartSpec } from '../spec';

/** One panel of a balance: its plot, its value scale and its band per period. */
export interface PanelFrame {
  plot: ChartSpec['plot'];
  y: ValueScale;
  x: ScaleBand<number>;
}

const MARGIN = { top: 28, right: 16, bottom: 32, left: 52 };
/** Room above a small multiple for its title and below it for its periods. */
const TITLE = 18;
const BELOW = 20;
const GAP = 14;
/** The least height of a small multiple's own plot: below it, its bars and ticks cannot be read. */
const MIN_PANEL = 72;

function band(slots: number, left: number, width: number): ScaleBand<number> {
  return scaleBand<number>()
    .domain(Array.from({ length: slots }, (_, i) => i))
    .range([left, left + width])
    .paddingInner(0.3)
    .paddingOuter(0.2);
}

/** Columns of a grid of `count` panels `width` wide: about 220 px each, one for a lone panel. */
const gridColumns = (count: number, width: number) =>
  count === 1 ? 1 : Math.min(count, Math.max(1, Math.floor(width / 220)));

/**
 * Where each panel of a balance goes: one panel fills the plot; several are small multiples in
 * a grid (about 220 px a column), sharing one value domain so that their bars compare. On a
 * narrow chart, where the panels stack in one column, the chart grows taller (`height`) rather
 * than squash each panel below MIN_PANEL.
 */
export function balancePanels(
  given: ChartSize,
  count: number,
  slots: number,
  extent: [number, number],
  tick: (v: number) => string,
): { frames: PanelFrame[]; plot: ChartSpec['plot']; height: number } {
  const rows0 = Math.ceil(count / gridColumns(count, given.width - MARGIN.left - MARGIN.right));
  const needed =
    count > 1
      ? MARGIN.top + MARGIN.bottom - BELOW + rows0 * (MIN_PANEL + TITLE + BELOW) + (rows0 - 1) * GAP
      : 0;
  const size = { ...given, height: Math.max(given.height, needed) };
  const ticksOf = (h: number) => Math.max(2, Math.floor(h / (count > 1 ? 40 : 50)));
  const probe = valueScale(extent, [size.height - MARGIN.bottom, MARGIN.top], {
    scale: 'linear',
    zero: true,
    count: ticksOf(size.height),
    label: tick,
  });
  const plot = plotFrame(
    size,
    MARGIN,
    probe.ticks.map((t) => t.label),
  );
  const cols = gridColumns(count, plot.width);
  const rows = Math.ceil(count / cols);
  const cellW = (plot.width - (cols - 1) * GAP) / cols;
  const cellH = (plot.height + (count > 1 ? BELOW : 0) - (rows - 1) * GAP) / rows;
  const frames = Array.from({ length: count }, (_, i) => {
    const left = plot.left + (i % cols) * (cellW + GAP);
    const top = plot.top + Math.floor(i / cols) * (cellH + GAP) + (count > 1 ? TITLE : 0);
    const height = Math.max(10, cellH - (count > 1 ? TITLE + BELOW : 0));
    const own = { left, top, width: cellW, height };
    const y = valueScale(extent, [top + height, top], {
      scale: 'linear',
      zero: true,
      count: ticksOf(height),
      label: tick,
    });
    return { plot: own, y, x: band(slots, left, cellW) };
  });
  return { frames, plot, height: size.height };
}

/** A small multiple's own axes: its title, grid and zero line, values on the left column, periods below. */
export function panelGuides(
  frame: PanelFrame,
  title: string,
  periods: string[],
  first: boolean,
): Shape[] {
  const { plot, y, x } = frame;
  const out: Shape[] = [];
  for (const t of y.ticks) {
    out.push({
      type: 'line',
      x1: plot.left,
      x2: plot.left + plot.width,
      y1: t.pos,
      y2: t.pos,
      stroke: t.value === 0 ? 'muted' : 'grid',
      strokeWidth: t.value === 0 ? 1 : 0.6,
    });
    if (first)
      out.push({
        type: 'text',
        x: plot.left - 6,
        y: t.pos,
        text: t.label,
        size: 11,
        anchor: 'end',
        fill: 'muted',
        middle: true,
      });
  }
  out.push({
    type: 'text',
    x: plot.left,
    y: plot.top - 6,
    text: fitText(title, plot.width, 12),
    size: 12,
    weight: 600,
    fill: 'fg',
  });
  const every = Math.max(1, Math.ceil(periods.length / Math.max(2, Math.floor(plot.width / 48))));
  periods.forEach((p, i) => {
    if (i % every && i !== periods.length - 1) return;
    out.push({
      type: 'text',
      x: (x(i) ?? 0) + x.bandwidth() / 2,
      y: plot.top + plot.height + 14,
      text: p,
      size: 10,
      anchor: 'middle',
      fill: 'muted',
    });
  });
  return out;
}
