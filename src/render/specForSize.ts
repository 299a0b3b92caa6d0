import type { ChartSize, ChartSpec } from '../lib/charts/spec';
import { renderSvg } from './renderSvg';

/** Sizes a chart can be exported at besides the one it is shown at. */
export const EXPORT_SIZES = [
  { id: 'shown', label: 'As shown' },
  { id: 'landscape', label: 'Landscape, 1600 × 900', width: 1600, height: 900 },
  { id: 'social', label: 'Social, 1200 × 630', width: 1200, height: 630 },
  { id: 'square', label: 'Square, 1080 × 1080', width: 1080, height: 1080 },
  { id: 'a4', label: 'A4 portrait, 794 × 1123 (96 dpi)', width: 794, height: 1123 },
  { id: 'letter', label: 'US Letter portrait, 816 × 1056 (96 dpi)', width: 816, height: 1056 },
] as const;
export type ExportSizeId = (typeof EXPORT_SIZES)[number]['id'];

/** The smallest plot worth drawing; a size smaller than its words gets at least this. */
const MIN_PLOT = 120;

const fileHeight = (spec: ChartSpec) =>
  Number(/<svg\b[^>]*\sheight="(\d+)"/.exec(renderSvg(spec))?.[1] ?? 0);

/**
 * The chart laid out anew for a file of `width` × `height`: built at that width (ticks, labels
 * and wrapping for it, not a stretched picture), with the plot as tall as the file leaves once
 * its title, key, sources and notes are placed. Two builds: one to measure the words, one to fit.
 */
export function specForSize(
  rebuild: (size: ChartSize) => ChartSpec,
  width: number,
  height: number,
): ChartSpec {
  const first = rebuild({ width, height: Math.max(MIN_PLOT, height - 200) });
  const words = fileHeight(first) - first.height;
  return rebuild({ width, height: Math.max(MIN_PLOT, height - words) });
}
