import { textWidth } from '../layout/textWidth';
import type { ChartSpec } from '../spec';
import type { Shape } from './shape';

/** Room between two x labels, px. */
const GAP = 2;

type Ticks = { lines: Shape[]; texts: Shape[] };

/** How far from the chart's edges its text keeps: the edge of its notes and sources. */
const EDGE = 16;

/** The zero line stands out from the other grid lines. */
const gridWidth = (value: number) => (value === 0 ? 1.2 : 0.6);

/**
 * Grid lines, ticks and tick labels of both axes, and their labels: every line first, then every
 * text, so that when a zoom changes the number of ticks the elements keep their kind and are
 * updated in place rather than rebuilt.
 */
export function axisShapes(spec: ChartSpec): Shape[] {
  const y = yTickShapes(spec);
  const x = xTickShapes(spec);
  return [
    ...y.lines,
    ...x.lines,
    ...y.texts,
    ...x.texts,
    ...axisLabels(spec),
    ...(spec.guides ?? []),
  ];
}

/** Up the left: a grid line across the plot per tick (when the axis has a grid), its label. */
function yTickShapes({ plot, yAxis }: ChartSpec): Ticks {
  const right = plot.left + plot.width;
  const lines: Shape[] = [];
  const texts: Shape[] = [];
  for (const t of yAxis.ticks) {
    if (yAxis.grid)
      lines.push({
        type: 'line',
        x1: plot.left,
        x2: right,
        y1: t.pos,
        y2: t.pos,
        stroke: 'grid',
        strokeWidth: gridWidth(t.value),
      });
    texts.push({
      type: 'text',
      x: yAxis.labelsAbove ? plot.left : plot.left - 6,
      y: t.pos,
      text: t.label,
      size: 11,
      anchor: yAxis.labelsAbove ? 'start' : 'end',
      fill: 'muted',
      middle: true,
    });
  }
  return { lines, texts };
}

/** Along the bottom: a grid line up the plot per tick, or a short tick under it; its label. */
function xTickShapes({ plot, xAxis, width }: ChartSpec): Ticks {
  const base = plot.top + plot.height;
  const lines: Shape[] = xAxis.ticks.map((t) =>
    xAxis.grid
      ? {
          type: 'line',
          x1: t.pos,
          x2: t.pos,
          y1: plot.top,
          y2: base,
          stroke: 'grid',
          strokeWidth: gridWidth(t.value),
        }
      : {
          type: 'line',
          x1: t.pos,
          x2: t.pos,
          y1: base,
          y2: base + 4,
          stroke: 'muted',
          strokeWidth: 1,
        },
  );
  // A label centred on a tick near the chart's end would run past its text edge: it moves in
  // only as far as it must, ending (or starting) at that edge, never further than its tick.
  const placed = xAxis.ticks.map((t) => {
    const w = textWidth(t.label, 11);
    const anchor = t.pos + w / 2 > width - EDGE ? 'end' : t.pos - w / 2 < EDGE ? 'start' : 'middle';
    const x =
      anchor === 'end'
        ? Math.max(t.pos, width - EDGE)
        : anchor === 'start'
          ? Math.min(t.pos, EDGE)
          : t.pos;
    const from = anchor === 'end' ? x - w : anchor === 'start' ? x : x - w / 2;
    const text: Shape = {
      type: 'text',
      x,
      y: base + 17,
      text: t.label,
      size: 11,
      anchor,
      fill: 'muted',
    };
    return { text, from, to: from + w, w };
  });
  // A label moved to end at its tick can reach the one before it (`20222023`). The earlier
  // label moves left as far as it still stands over its tick; when that is not enough, it
  // gives way (the later one, the latest period, keeps its label) and its tick keeps its line.
  const texts: Shape[] = [];
  let limit = Infinity;
  for (let i = placed.length - 1; i >= 0; i--) {
    const { text, from, to, w } = placed[i];
    const shift = Math.max(0, to + GAP - limit);
    if (shift > w / 2 - 1 || from - shift < EDGE) continue;
    texts.unshift(shift && text.type === 'text' ? { ...text, x: text.x - shift } : text);
    limit = from - shift;
  }
  return { lines, texts };
}

/** Half the widest period a slope chart heads its left column with (`2019-Q4`, bold 11 px). */
const SLOPE_HEAD_HALF = 24;

/**
 * A slope chart's unit, left of its first period's heading on the heading's line, where the
 * two fit side by side (over the plot's left edge, as other charts put it, it ran into that
 * heading); else none: each end's label carries the unit (`126.0 %`, `$88.1 bn`).
 */
function slopeUnitLabel(plot: ChartSpec['plot'], label: string): Shape[] {
  if (EDGE + textWidth(label, 11) + 6 > plot.left - SLOPE_HEAD_HALF) return [];
  const y = plot.top - 18;
  return [{ type: 'text', x: EDGE, y, text: label, size: 11, anchor: 'start', fill: 'muted' }];
}

/** The axes' own labels: the value axis's over its ticks, x's at the bottom right. */
function axisLabels({ kind, plot, xAxis, yAxis }: ChartSpec): Shape[] {
  const texts: Shape[] = [];
  if (yAxis.label && kind === 'slope') texts.push(...slopeUnitLabel(plot, yAxis.label));
  else if (yAxis.label) {
    // Right-aligned over the tick labels when it fits there; else from the chart's text edge
    // (or its very edge, when the tick labels leave less room than that).
    const fits = textWidth(yAxis.label, 11) <= plot.left - 6 - EDGE;
    texts.push({
      type: 'text',
      x: fits ? plot.left - 6 : Math.min(EDGE, Math.max(2, plot.left - 6)),
      y: plot.top - 8,
      text: yAxis.label,
      size: 11,
      anchor: fits ? 'end' : 'start',
      fill: 'muted',
    });
  }
  if (xAxis.label)
    texts.push({
      type: 'text',
      x: plot.left + plot.width,
      y: plot.top + plot.height + 30,
      text: xAxis.label,
      size: 11,
      anchor: 'end',
      fill: 'muted',
    });
  return texts;
}
