import { qualifierWords } from '../words/qualifiedLabel';
import type { ChartBar, ChartPoint, ChartSpec } from '../spec';

/** Every point a reader can step to, series by series, each series in x order. */
export function chartPoints(spec: ChartSpec): ChartPoint[][] {
  if (spec.regions?.length) return [spec.regions.map((r) => r.point)];
  if (spec.bars.length) return [spec.bars.map((b) => b.point)];
  return spec.series.map((s) => [...s.points].sort((a, b) => a.x - b.x)).filter((s) => s.length);
}

export interface Cursor {
  series: number;
  index: number;
}

/**
 * Where an arrow key takes the cursor: left/right along a series, up/down to the nearest point
 * (by x) of the previous or next series, Home/End to a series' ends.
 */
export function moveCursor(
  grid: ChartPoint[][],
  cursor: Cursor | null,
  key: string,
): Cursor | null {
  if (!grid.length) return null;
  if (!cursor) return { series: 0, index: key === 'End' ? grid[0].length - 1 : 0 };
  const row = grid[cursor.series];
  switch (key) {
    case 'ArrowRight':
      return { ...cursor, index: Math.min(row.length - 1, cursor.index + 1) };
    case 'ArrowLeft':
      return { ...cursor, index: Math.max(0, cursor.index - 1) };
    case 'Home':
      return { ...cursor, index: 0 };
    case 'End':
      return { ...cursor, index: row.length - 1 };
    case 'ArrowUp':
    case 'ArrowDown': {
      const step = key === 'ArrowDown' ? 1 : -1;
      const series = Math.min(grid.length - 1, Math.max(0, cursor.series + step));
      const x = row[cursor.index].x;
      const target = grid[series];
      let best = 0;
      target.forEach((p, i) => {
        if (Math.abs(p.x - x) < Math.abs(target[best].x - x)) best = i;
      });
      return { series, index: best };
    }
    default:
      return cursor;
  }
}

/** The point nearest to an svg x (and y, to break ties between series at the same period). */
export function nearestPoint(grid: ChartPoint[][], x: number, y: number): Cursor | null {
  let best: Cursor | null = null;
  let bestD = Infinity;
  grid.forEach((row, s) =>
    row.forEach((p, i) => {
      const d = Math.abs(p.x - x) * 4 + Math.abs(p.y - y);
      if (d < bestD) {
        bestD = d;
        best = { series: s, index: i };
      }
    }),
  );
  return best;
}

/** How far `v` lies outside [lo, hi]; 0 inside. */
const outside = (v: number, lo: number, hi: number) => (v < lo ? lo - v : v > hi ? v - hi : 0);

/**
 * The bar under the pointer, else the nearest: first by its band (the row of a horizontal bar,
 * the column of a vertical one), then along it. A bar's figure is read at its end, but a reader
 * points anywhere on it: the middle of a long bar is nearer the end of a short one beside it.
 */
export function barAt(bars: readonly ChartBar[], x: number, y: number): number {
  // Horizontal bars have their point at an end across x, vertical ones at their middle.
  const horizontal = bars.some(
    (b) => Math.abs(b.point.x - (b.x + b.width / 2)) > Math.abs(b.point.y - (b.y + b.height / 2)),
  );
  let best = -1;
  let bestD = Infinity;
  bars.forEach((b, i) => {
    const across = horizontal ? outside(y, b.y, b.y + b.height) : outside(x, b.x, b.x + b.width);
    const along = horizontal ? outside(x, b.x, b.x + b.width) : outside(y, b.y, b.y + b.height);
    const d = across * 1e6 + along;
    if (d < bestD) [best, bestD] = [i, d];
  });
  return best;
}

/**
 * The point under the pointer: on a map or treemap the region whose box holds it (the smallest,
 * so an island inside a large country's box is still reachable); on bars the bar under it (see
 * barAt); elsewhere the nearest point.
 */
export function pointerPoint(
  spec: ChartSpec,
  grid: ChartPoint[][],
  x: number,
  y: number,
): Cursor | null {
  if (!spec.regions?.length && spec.bars.length) {
    const bar = barAt(spec.bars, x, y);
    return bar < 0 ? null : { series: 0, index: bar };
  }
  if (!spec.regions?.length) return nearestPoint(grid, x, y);
  let best = -1;
  let bestArea = Infinity;
  spec.regions.forEach((r, i) => {
    const [x0, y0, x1, y1] = r.box;
    const area = (x1 - x0) * (y1 - y0);
    if (x >= x0 && x <= x1 && y >= y0 && y <= y1 && area < bestArea) [best, bestArea] = [i, area];
  });
  return best < 0 ? null : { series: 0, index: best };
}

/** What a screen reader hears when the cursor lands on a point. */
export function describePoint(p: ChartPoint): string {
  const q = p.qualifier ? ` (${qualifierWords(p.qualifier)})` : '';
  return `${p.seriesLabel}, ${p.period}: ${p.valueLabel}${q}. Source: ${p.source.text}.`;
}
