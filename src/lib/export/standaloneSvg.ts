import type { Citation } from '../provenance/citation';
import { citationMetadata } from './citationMetadata';
import { drawLegend, type LegendItem } from './drawLegend';
import { escapeXml } from './escapeXml';
import { inlineCssVariablesInTree, resolveCssVariables } from './inlineCssVariables';
import { nestChartSvg } from './nestChartSvg';
import { wrapText } from './wrapText';

/** Concrete colours and font for a file that lives away from the page's CSS. */
export interface SvgTheme {
  background: string;
  foreground: string;
  muted: string;
  /** A CSS font-family list, such as `system-ui, sans-serif`. */
  font: string;
}

export interface StandaloneSvgInput {
  /** The chart's own `<svg>` markup, as drawn on the page. */
  svg: string;
  /** The chart's size; the file is as wide and taller by the text around it. */
  width: number;
  height: number;
  title: string;
  subtitle?: string;
  /** Source lines, as under the chart (`CGTN via PR Newswire, “…”, Beijing, 22 March 2023`). */
  sources: string[];
  notes: string[];
  /** The sources again, as data: written into `<metadata>` as CSL-JSON. */
  citations: Citation[];
  /** The retrieval date, ISO `YYYY-MM-DD`. */
  accessed: string;
  theme: SvgTheme;
  /** The page's CSS variables (`series-0` → `#1f77b4`), written into the chart's attributes. */
  cssVariables?: Record<string, string>;
  /** The chart's key, drawn between the subtitle and the chart (on the page it is HTML). */
  legend?: LegendItem[];
}

const PAD = 16;
const GAP = 10;
const TITLE = { size: 18, bold: true };
const SUBTITLE = { size: 14, bold: false };
const SMALL = { size: 12, bold: false };
const LINE = 1.3;
const round = (n: number) => Math.round(n * 10) / 10;
const size = (n: number, fallback: number) =>
  Number.isFinite(n) && n > 0 ? Math.min(n, 10000) : fallback;

/**
 * A complete, self-contained SVG file of a chart: background, title, subtitle and key above it, the
 * chart nested below them, then its sources and notes wrapped to its width, and the citations as
 * CSL-JSON in `<metadata>`. Every string given is escaped; the chart's markup is parsed, stripped of
 * anything that could run, given concrete colours and written back well formed.
 */
export function standaloneSvg(input: StandaloneSvgInput): string {
  const width = size(input.width, 640);
  const chartHeight = size(input.height, 360);
  const vars = input.cssVariables ?? {};
  // The theme may be given as the page's variables too (`var(--fg)`).
  const theme = Object.fromEntries(
    Object.entries(input.theme).map(([k, v]) => [k, resolveCssVariables(v, vars)]),
  ) as unknown as SvgTheme;
  const maxWidth = width - 2 * PAD;
  const head: string[] = [];
  const foot: string[] = [];
  let y = PAD;
  type Style = { size: number; bold: boolean };
  const block = (texts: string[], text: string, style: Style, fill: string) => {
    for (const line of wrapText(text, maxWidth, style.size, style.bold)) {
      y += style.size * LINE;
      const weight = style.bold ? ' font-weight="700"' : '';
      texts.push(
        `<text x="${PAD}" y="${round(y - style.size * 0.3)}" font-size="${style.size}"${weight} fill="${escapeXml(fill)}">${escapeXml(line)}</text>`,
      );
    }
  };

  block(head, input.title, TITLE, theme.foreground);
  if (input.subtitle) block(head, input.subtitle, SUBTITLE, theme.muted);
  if (input.legend?.length) {
    const legend = drawLegend(input.legend, {
      x: PAD,
      y: y + GAP / 2,
      maxWidth,
      fontSize: SMALL.size,
      fill: theme.foreground,
      vars,
    });
    head.push(legend.markup);
    y += GAP / 2 + legend.height;
  }
  const chartTop = round(y + GAP);
  y = chartTop + chartHeight + GAP;
  for (const source of input.sources) block(foot, `Source: ${source}`, SMALL, theme.muted);
  for (const note of input.notes) block(foot, `Note: ${note}`, SMALL, theme.muted);
  const total = Math.ceil(y + PAD);

  const chart = nestChartSvg(input.svg, { x: 0, y: chartTop, width, height: chartHeight }, (tree) =>
    inlineCssVariablesInTree(tree, vars),
  );
  const desc = [input.subtitle, ...input.sources.map((s) => `Source: ${s}`), ...input.notes]
    .filter(Boolean)
    .join('\n');

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="${escapeXml(theme.font)}" role="img" aria-labelledby="tradelens-title tradelens-desc">`,
    `<title id="tradelens-title">${escapeXml(input.title)}</title>`,
    `<desc id="tradelens-desc">${escapeXml(desc)}</desc>`,
    citationMetadata(input.citations, input.accessed),
    `<rect width="${width}" height="${total}" fill="${escapeXml(theme.background)}"/>`,
    ...head,
    chart,
    ...foot,
    '</svg>',
    '',
  ].join('\n');
}
