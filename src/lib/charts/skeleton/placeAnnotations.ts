import type { ChartAnnotation } from '../config/chartConfig';
import { formatAsReported, formatChange } from '../words/format';
import type { Annotation, ChartSpec } from '../spec';

/** Where a period's mark sits in one series: its left and right edge (equal for points). */
export interface MarkAt {
  left: number;
  right: number;
  y: number;
  /** The value before any index or change mode. */
  raw: number;
}

/** How a builder finds periods and values on its own chart. */
export interface Locator {
  plot: ChartSpec['plot'];
  /** Pixel x of a period (raw label), undefined when out of view. */
  x(period: string): number | undefined;
  /** The mark of a series (the first shown by default) at a period. */
  mark(period: string, series?: string): MarkAt | undefined;
  y(value: number): number;
}

/**
 * Annotations in the data's terms placed on the chart: a change between two periods (the
 * release's +116 %), a text at a period, a highlighted range. Out of view, they are left out.
 */
export function placeAnnotations(list: readonly ChartAnnotation[], at: Locator): Annotation[] {
  const out: Annotation[] = [];
  const { plot } = at;
  for (const a of list) {
    if (a.kind === 'change') {
      const from = at.mark(a.from, a.series);
      const to = at.mark(a.to, a.series);
      if (!from || !to || !from.raw) continue;
      const pct = (to.raw / from.raw - 1) * 100;
      out.push({
        kind: 'change',
        x1: from.right,
        y1: from.y,
        x2: to.left,
        y2: to.y,
        label: a.label ?? formatChange(pct),
        detail:
          a.detail ??
          `${formatAsReported(from.raw)} → ${formatAsReported(to.raw)} = ${formatChange(pct)}`,
      });
    } else if (a.kind === 'text') {
      const x = at.x(a.at);
      if (x === undefined) continue;
      const y =
        a.value !== undefined ? at.y(a.value) : (at.mark(a.at, a.series)?.y ?? plot.top + 12);
      const anchor = x > plot.left + plot.width * 0.6 ? 'end' : 'start';
      out.push({ kind: 'text', x, y, label: a.text, anchor });
    } else {
      const x1 = at.x(a.from);
      const x2 = at.x(a.to);
      if (x1 === undefined && x2 === undefined) continue;
      out.push({
        kind: 'range',
        x1: x1 ?? plot.left,
        x2: x2 ?? plot.left + plot.width,
        y1: plot.top,
        y2: plot.top + plot.height,
        label: a.label,
      });
    }
  }
  return out;
}
