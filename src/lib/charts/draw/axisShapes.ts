import { textWidth } from '../layout/textWidth';
import type { ChartSpec } from '../spec';
import type { Shape } from './shape';

/** Grid lines, ticks and tick labels of both axes, and the value axis' label. */
export function axisShapes(spec: ChartSpec): Shape[] {
  const { plot } = spec;
  const base = plot.top + plot.height;
  const right = plot.left + plot.width;
  const out: Shape[] = [];
  for (const t of spec.yAxis.ticks) {
    if (spec.yAxis.grid) {
      const w = t.value === 0 ? 1.2 : 0.6;
      out.push({
        type: 'line',
        x1: plot.left,
        x2: right,
        y1: t.pos,
        y2: t.pos,
        stroke: 'grid',
        strokeWidth: w,
      });
    }
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
  if (spec.yAxis.label) {
    // Right-aligned over the tick labels when it fits there; else from the chart's left edge.
    const fits = textWidth(spec.yAxis.label, 11) <= plot.left - 8;
    out.push({
      type: 'text',
      x: fits ? plot.left - 6 : 2,
      y: plot.top - 8,
      text: spec.yAxis.label,
      size: 11,
      anchor: fits ? 'end' : 'start',
      fill: 'muted',
    });
  }
  for (const t of spec.xAxis.ticks) {
    if (spec.xAxis.grid) {
      const w = t.value === 0 ? 1.2 : 0.6;
      out.push({
        type: 'line',
        x1: t.pos,
        x2: t.pos,
        y1: plot.top,
        y2: base,
        stroke: 'grid',
        strokeWidth: w,
      });
    } else
      out.push({
        type: 'line',
        x1: t.pos,
        x2: t.pos,
        y1: base,
        y2: base + 4,
        stroke: 'muted',
        strokeWidth: 1,
      });
    out.push({
      type: 'text',
      x: t.pos,
      y: base + 17,
      text: t.label,
      size: 11,
      anchor: 'middle',
      fill: 'muted',
    });
  }
  if (spec.xAxis.label)
    out.push({
      type: 'text',
      x: right,
      y: base + 30,
      text: spec.xAxis.label,
      size: 11,
      anchor: 'end',
      fill: 'muted',
    });
  return out;
}
