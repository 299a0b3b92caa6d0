import { renderSvg } from '../../render/renderSvg';
import { chartCsv, standaloneSvg, withCitationMetadata } from '../export';
import type { ChartExport } from './chartExport';
import { pageTheme } from './pageTheme';

/**
 * The files a chart's toolbar downloads. Loaded when a reader first asks for one, so the
 * dashboard's first load does not carry the file writers.
 */

/**
 * The chart as a standalone SVG file: the drawn <svg> with the page's colours made concrete,
 * or, for a dense chart whose marks are on a canvas, drawn again from its spec.
 */
export function chartSvgFile(
  chart: ChartExport,
  drawn: SVGSVGElement,
  options: { uid: string; accessed: string; background?: string; dark?: boolean },
): string {
  if (chart.spec.render === 'canvas') {
    const file = renderSvg(chart.spec, {
      theme: options.dark ? 'dark' : 'light',
      uid: `${options.uid}-file`,
    });
    return withCitationMetadata(file, chart.citations, options.accessed);
  }
  const { theme, variables } = pageTheme(drawn);
  return standaloneSvg({
    svg: drawn.outerHTML,
    width: chart.width,
    height: chart.height,
    title: chart.title,
    subtitle: chart.subtitle,
    sources: chart.sources,
    notes: chart.notes,
    citations: chart.citations,
    accessed: options.accessed,
    theme: options.background ? { ...theme, background: options.background } : theme,
    cssVariables: variables,
    legend: chart.legend,
  });
}

/** The chart's data as CSV, its citation in leading `#` lines. */
export function chartCsvFile(chart: ChartExport, accessed: string): string {
  return chartCsv({
    ...chart.data,
    citations: chart.citations,
    accessed,
    title: chart.title,
    notes: chart.notes,
  });
}
