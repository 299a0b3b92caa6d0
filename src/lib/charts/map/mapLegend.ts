import type { Paint, Shape } from '../draw/shape';
import { textWidth } from '../layout/textWidth';
import type { MapClasses } from './mapClasses';

/** Class `k` of `n` on a scale of `steps` + 1 paints, spread end to end (the middle for one). */
const spread = (k: number, n: number, steps: number) =>
  n > 1 ? Math.round((k * steps) / (n - 1)) : Math.round(steps / 2);

/**
 * The paint of a class: the sequential scale spread over as many classes as there are; where
 * the classes are cut at zero, the classes below it in a second hue, stronger away from zero, and
 * those from zero up in the first, lightest at zero.
 */
export function classPaint(k: number, classes: Pick<MapClasses, 'count' | 'zero'>): Paint {
  const { count, zero } = classes;
  if (zero === undefined) return `seq-${spread(k, count, 4)}`;
  if (k < zero) return `neg-${spread(zero - 1 - k, zero, 2)}`;
  return `seq-${spread(k - zero, count - zero, 4)}`;
}

/** Each class's bounds, low to high: the lowest value, the thresholds, the highest value. */
export function classBounds(classes: MapClasses): [number, number][] {
  const edges = [classes.extent[0], ...classes.thresholds, classes.extent[1]];
  return Array.from({ length: classes.count }, (_, k) => [edges[k], edges[k + 1]]);
}

/**
 * Each class's words in the key: its bounds (`0.2 bn – 1.2 bn`). With `openEnds` (classes kept
 * for several periods, whose lowest and highest values need not be the period's shown), the first
 * and last say only their inner bound (`under 1.2 bn`, `3.4 bn and over`).
 */
export function classLabels(
  classes: MapClasses,
  format: (v: number) => string,
  openEnds = false,
): string[] {
  const last = classes.count - 1;
  return classBounds(classes).map(([lo, hi], k) => {
    if (openEnds && last > 0 && k === 0) return `under ${format(hi)}`;
    if (openEnds && last > 0 && k === last) return `${format(lo)} and over`;
    return lo === hi ? format(lo) : `${format(lo)} – ${format(hi)}`;
  });
}

/**
 * The map's key along its bottom edge: a swatch per class with its words (see classLabels), then
 * the no-data pattern; in rows when the width is short.
 */
export function mapLegend(
  classes: MapClasses,
  format: (v: number) => string,
  box: { left: number; bottom: number; width: number },
  noData: boolean,
  /** The reporter, drawn apart (`China (reporter)`), when the map shows its partners. */
  home?: string,
  openEnds = false,
): { shapes: Shape[]; height: number } {
  const labels = classLabels(classes, format, openEnds);
  const items: { label: string; fill: Paint }[] = labels.map((label, k) => ({
    label,
    fill: classPaint(k, classes),
  }));
  if (home) items.push({ label: `${home} (reporter)`, fill: 'muted' });
  if (noData) items.push({ label: 'No data', fill: 'nodata' });
  // Laid out in rows from the top, then moved so the last row sits on the bottom edge.
  const placed: { item: (typeof items)[number]; x: number; row: number }[] = [];
  let [cx, row] = [box.left, 0];
  for (const item of items) {
    const w = 18 + textWidth(item.label, 10) + 12;
    if (cx > box.left && cx + w > box.left + box.width) [cx, row] = [box.left, row + 1];
    placed.push({ item, x: cx, row });
    cx += w;
  }
  const height = (row + 1) * ROW;
  const shapes: Shape[] = placed.flatMap(({ item, x, row: r }) => {
    const y = box.bottom - height + r * ROW + 12;
    return [
      {
        type: 'rect',
        x,
        y: y - 9,
        width: 14,
        height: 10,
        fill: item.fill,
        stroke: 'muted',
        strokeWidth: 0.5,
      },
      { type: 'text', x: x + 18, y, text: item.label, size: 10, fill: 'fg' },
    ] as Shape[];
  });
  return { shapes, height };
}

const ROW = 16;
