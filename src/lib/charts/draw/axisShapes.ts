import { textWidth } from '../layout/textWidth';
import type { ChartSpec } from '../spec';
import type { Shape } from './shape';

/**
 * Grid lines, ticks and tick labels of both axes, and their labels: every line first, then every
 * text, so that when a zoom changes the number of ticks the elements keep their kind and are
 * updated in place rather than rebuilt.
 */
export function axisShapes(spec: ChartSpec): Shape[] {
  const { plot, xAxis, yAxis } = spec;
  const base = plot.top + plot.height;
  const right = plot.left + plot.width;
  const lines: Shape[] = [];
  const texts: Shape[] = [];
  const width = (value: number) => (value === 0 ? 1.2 : 0.6);
  for (const t of yAxis.ticks) {
    if (yAxis.grid)
      lines.push({
        type: 'line',
        x1: plot.left,
        x2: right,
        y1: t.pos,
        y2: t.pos,
        stroke: 'grid',
        strokeWidth: width(t.value),
      });
    texts.push({
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
  for (const t of xAxis.ticks) {
    lines.push(
      xAxis.grid
        ? {
            type: 'line',
            x1: t.pos,
            x2: t.pos,
            y1: plot.top,
            y2: base,
            stroke: 'grid',
            strokeWidth: width(t.value),
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
    texts.push({
      type: 'text',
      x: t.pos,
      y: base + 17,
      text: t.label,
      size: 11,
      anchor: 'middle',
      fill: 'muted',
    });
  }
  if (yAxis.label) {
    // Right-aligned over the tick labels when it fits there; else from the chart's left edge.
    const fits = textWidth(yAxis.label, 11) <= plot.left - 8;
    const x = fits ? plot.left - 6 : 2;
    texts.push({
      type: 'text',
      x,
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
      x: right,
      y: base + 30,
      text: xAxis.label,
      size: 11,
      anchor: 'end',
      fill: 'muted',
    });
  return [...lines, ...texts, ...(spec.guides ?? [])];
}
