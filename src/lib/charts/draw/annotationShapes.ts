import type { ChartSpec } from '../spec';
import type { Shape } from './shape';

const r = (v: number) => Math.round(v * 10) / 10;

/** A small muted label, starting just right of `x`. */
const aside = (x: number, y: number, text: string): Shape => ({
  type: 'text',
  x: x + 4,
  y,
  text,
  size: 10,
  fill: 'muted',
});

/** A faint band from x1 to x2 (at least a pixel wide) across y1–y2. */
const band = (x1: number, x2: number, y1: number, y2: number, fill: 'accent' | 'muted'): Shape => ({
  type: 'rect',
  x: x1,
  y: y1,
  width: Math.max(1, x2 - x1),
  height: y2 - y1,
  fill,
  opacity: 0.08,
});

/** The height written over a column's top: a bound's arrow, its value and a line under it. */
const OVER_MARK = 58;

/**
 * Annotations as shapes: a change between two marks (an arrow and its label), gaps, lower
 * bounds, texts, and highlighted ranges (drawn first, under everything else of theirs).
 */
export function annotationShapes(spec: ChartSpec): Shape[] {
  const out: Shape[] = [];
  for (const a of spec.annotations) {
    if (a.kind === 'range') {
      out.unshift(band(a.x1, a.x2, a.y1, a.y2, 'accent'), aside(a.x1, a.y1 + 11, a.label));
    } else if (a.kind === 'change') {
      // Up from the first mark, then across to the second: the rise the label names.
      const d = `M${r(a.x1 + 6)},${r(a.y1 - 4)} Q${r(a.x1 + 6)},${r(a.y2 + 14)} ${r(a.x2 - 6)},${r(a.y2 + 14)}`;
      out.push({ type: 'path', d, fill: 'none', stroke: 'accent', strokeWidth: 1.8, arrow: true });
      // Halfway up the rise, but clear of what is written over the first mark (a bound's
      // arrow and a two-line label): on a short chart, halfway fell on that label.
      const y = r(Math.min((a.y1 + a.y2) / 2, a.y1 - OVER_MARK));
      out.push({
        type: 'text',
        x: r(a.x1 - 2),
        y,
        text: a.label,
        size: 15,
        weight: 700,
        anchor: 'end',
        fill: 'accent',
      });
      if (a.x2 - a.x1 >= 130)
        out.push({
          type: 'text',
          x: r(a.x1 - 2),
          y: y + 15,
          text: a.detail,
          size: 11,
          anchor: 'end',
          fill: 'muted',
        });
    } else if (a.kind === 'gap') {
      // A run of missing periods: a faint band between dotted lines at its first and last.
      if (a.x2 !== undefined) out.push(band(a.x, a.x2, a.y1, a.y2, 'muted'));
      for (const x of a.x2 === undefined ? [a.x] : [a.x, a.x2])
        out.push({
          type: 'line',
          x1: x,
          x2: x,
          y1: a.y1,
          y2: a.y2,
          stroke: 'muted',
          strokeWidth: 1,
          dash: '2 3',
        });
      if (a.label) out.push(aside(a.x, a.y1 + 10, a.label));
    } else if (a.kind === 'bound') {
      const d = `M${a.x},${a.y - 4} v-12 m-5,5 l5,-5 l5,5`;
      out.push({ type: 'path', d, fill: 'none', stroke: 'fg', strokeWidth: 1.6 });
    } else {
      out.push({ type: 'circle', cx: a.x, cy: a.y, r: 3, fill: 'accent' });
      const dx = a.anchor === 'start' ? 6 : -6;
      out.push({
        type: 'text',
        x: a.x + dx,
        y: a.y - 8,
        text: a.label,
        size: 11,
        weight: 600,
        anchor: a.anchor,
        fill: 'fg',
      });
    }
  }
  return out;
}
