import { renderSvg } from '../../render/renderSvg';
import { specForSize } from '../../render/specForSize';
import { chartCsv, withCitationMetadata } from '../export';
import type { ChartExport } from './chartExport';

/**
 * The files a chart's toolbar downloads. Loaded when a reader first asks for one, so the
 * dashboard's first load does not carry the file writers.
 */

/**
 * The chart as a standalone SVG file, written from its spec by the one SVG writer (the CLI's
 * too): what the reader sees (zoom, hidden series, edits), in the page's light or dark colours,
 * with its citation as CSL-JSON metadata.
 */
export function chartSvgFile(
  chart: ChartExport,
  options: {
    uid: string;
    accessed: string;
    background?: string;
    dark?: boolean;
    /** An export size, laid out for it; the chart as shown by default. */
    size?: { width: number; height: number };
  },
): string {
  const { size } = options;
  const spec =
    size && chart.rebuild ? specForSize(chart.rebuild, size.width, size.height) : chart.spec;
  const file = renderSvg(spec, {
    theme: options.dark ? 'dark' : 'light',
    uid: `${options.uid}-file`,
    background: options.background,
    minHeight: size?.height,
  });
  // Declared UTF-8: the file carries non-ASCII names and dashes, and editors guess otherwise.
  return `<?xml version="1.0" encoding="UTF-8"?>\n${withCitationMetadata(file, chart.citations, options.accessed)}`;
}

/** The chart's data as CSV, its citation in leading `#` lines. */
export function chartCsvFile(chart: ChartExport, accessed: string): string {
  return chartCsv({
    ...chart.data,
    citations: chart.citations,
    accessed,
    title: chart.title,
    subtitle: chart.subtitle,
    notes: chart.notes,
  });
}
