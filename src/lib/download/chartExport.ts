import type { ChartSize, ChartSpec } from '../charts/spec';
import { specRows, type ChartState, type PlainTable } from '../export';
import type { Citation } from '../data/citation';

/** Everything a chart's toolbar needs to export it, whatever chart it is. */
export interface ChartExport {
  title: string;
  subtitle?: string;
  /** Source lines as shown under the chart. */
  sources: string[];
  notes: string[];
  /** The same sources as data, for citations and file metadata. */
  citations: Citation[];
  /** The chart's data as plain rows (numbers as numbers). */
  data: PlainTable;
  /** The chart's state for a link or embed (type, mapping, mode, range…). */
  state: ChartState;
  /** The data lives only in this browser (an upload): an embed needs it hosted at a URL. */
  local: boolean;
  /** The chart's drawn size. */
  width: number;
  height: number;
  /** The spec as drawn: dense charts draw their marks on a canvas, so files come from it. */
  spec: ChartSpec;
  /** The same chart built at another size, for an export size. */
  rebuild?: (size: ChartSize) => ChartSpec;
}

/**
 * What the toolbar exports for a chart as drawn: its words and sources from the spec, its
 * citations as data, and the rows it charts (the table's rows when the series are thinned out
 * for drawing, so a download never loses figures).
 */
export function chartExport(
  spec: ChartSpec,
  options: {
    citations: Citation[];
    state: ChartState;
    local: boolean;
    fullData?: () => PlainTable;
    rebuild?: (size: ChartSize) => ChartSpec;
  },
): ChartExport {
  const cited = new Set(spec.sources.map((s) => s.id));
  const citations = options.citations.filter((c) => cited.has(c.id));
  return {
    title: spec.title,
    subtitle: spec.subtitle,
    sources: spec.sources.map((s) => s.text),
    notes: spec.notes,
    citations: citations.length ? citations : options.citations,
    data: spec.render === 'canvas' && options.fullData ? options.fullData() : specRows(spec),
    state: options.state,
    local: options.local,
    width: spec.width,
    height: spec.height,
    spec,
    rebuild: options.rebuild,
  };
}
