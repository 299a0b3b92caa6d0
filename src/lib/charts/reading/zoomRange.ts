import type { ChartView } from '../spec';

/** How to zoom besides the buttons, said beside them: the wheel alone scrolls the page. */
export const ZOOM_HINT = 'or drag across the chart, or Ctrl + wheel';
/** On a touch screen there is no wheel and a drag scrolls the page: a tap reads a point. */
export const TOUCH_HINT = 'Tap a point for its figure, tap again for its source';

/** The fewest periods a zoom shows: enough to see a change, never a lone point. */
export const MIN_ZOOM_PERIODS = 3;

/** Index of the key nearest to `value` in ascending keys. */
function nearest(keys: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && value - keys[lo - 1] < keys[lo] - value ? lo - 1 : lo;
}

/**
 * A range moved onto the data's periods (its ends on the nearest keys, so lines reach the plot's
 * edges and a link holds `2016,2020`, not `2015.9999996,2020.2000004`), widened to at least
 * MIN_ZOOM_PERIODS periods; null when that shows everything. A view without keys keeps the range.
 */
export function snapRange(view: ChartView, range: [number, number]): [number, number] | null {
  const keys = view.keys;
  if (!keys || keys.length < 2) return range;
  let i0 = nearest(keys, range[0]);
  let i1 = nearest(keys, range[1]);
  const want = Math.min(MIN_ZOOM_PERIODS, keys.length) - 1;
  while (i1 - i0 < want) {
    if (i0 > 0 && (i1 === keys.length - 1 || (i1 - i0) % 2 === 1)) i0--;
    else i1++;
  }
  return i0 === 0 && i1 === keys.length - 1 ? null : [keys[i0], keys[i1]];
}

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
  return a === null || b === null || b <= a ? null : snapRange(view, [a, b]);
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
  return lo <= d0 && hi >= d1 ? null : snapRange(view, [lo, hi]);
}

/**
 * The range moved by a fraction of its width (arrow keys with Shift), kept inside the domain; on
 * periods, by at least one period.
 */
export function panRange(view: ChartView, fraction: number): [number, number] | null {
  const keys = view.keys;
  if (keys && keys.length > 1) {
    const i0 = nearest(keys, view.range[0]);
    const span = nearest(keys, view.range[1]) - i0;
    const step = Math.sign(fraction) * Math.max(1, Math.round(span * Math.abs(fraction)));
    const from = Math.max(0, Math.min(keys.length - 1 - span, i0 + step));
    return from === 0 && from + span === keys.length - 1 ? null : [keys[from], keys[from + span]];
  }
  const [r0, r1] = view.range;
  const [d0, d1] = view.domain;
  const w = r1 - r0;
  const lo = Math.max(d0, Math.min(d1 - w, r0 + w * fraction));
  return lo <= d0 && lo + w >= d1 ? null : snapRange(view, [lo, lo + w]);
}
