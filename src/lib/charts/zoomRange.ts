import type { ChartView } from './spec';

/** The x key under a pixel, by the chart's pixel ↔ key map. */
export function keyAt(view: ChartView, px: number): number | null {
  if (!view.xMap) return null;
  const [p0, p1] = view.xMap.px;
  const [k0, k1] = view.xMap.keys;
  const t = Math.min(1, Math.max(0, (px - p0) / (p1 - p0 || 1)));
  return k0 + t * (k1 - k0);
}

/** The range brushed between two pixels; null for a brush too narrow to mean a zoom. */
export function brushRange(view: ChartView, px0: number, px1: number): [number, number] | null {
  if (Math.abs(px1 - px0) < 6) return null;
  const a = keyAt(view, Math.min(px0, px1));
  const b = keyAt(view, Math.max(px0, px1));
  return a === null || b === null || b <= a ? null : [a, b];
}

/**
 * Zooms the shown range by `factor` (< 1 in, > 1 out) around a key, kept inside the domain;
 * null when that shows everything (zoom reset).
 */
export function zoomRange(view: ChartView, factor: number, at?: number): [number, number] | null {
  const [r0, r1] = view.range;
  const [d0, d1] = view.domain;
  const centre = at ?? (r0 + r1) / 2;
  const width = Math.min(d1 - d0, (r1 - r0) * factor);
  let lo = centre - (centre - r0) * (r1 - r0 ? width / (r1 - r0) : 1);
  lo = Math.max(d0, Math.min(lo, d1 - width));
  const hi = lo + width;
  return lo <= d0 && hi >= d1 ? null : [lo, hi];
}

/** The range moved by a fraction of its width (arrow keys with Shift), kept inside the domain. */
export function panRange(view: ChartView, fraction: number): [number, number] | null {
  const [r0, r1] = view.range;
  const [d0, d1] = view.domain;
  const w = r1 - r0;
  const lo = Math.max(d0, Math.min(d1 - w, r0 + w * fraction));
  return lo <= d0 && lo + w >= d1 ? null : [lo, lo + w];
}
