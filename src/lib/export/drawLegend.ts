import { escapeXml } from './escapeXml';
import { resolveCssVariables } from './inlineCssVariables';
import { estimateTextWidth } from './wrapText';

/** One entry of a chart's key, as the page's legend shows it. */
export interface LegendItem {
  label: string;
  /** A colour, or a page variable such as `var(--series-0)`. */
  color: string;
  /** A series line (default), a lower-bound triangle or a derived-value ring. */
  mark?: 'line' | 'triangle' | 'ring';
  dash?: 'solid' | 'dashed' | 'dotted';
}

export interface LegendLayout {
  x: number;
  y: number;
  maxWidth: number;
  fontSize: number;
  /** Colour of the labels. */
  fill: string;
  vars: Record<string, string>;
}

const SWATCH = 24;
const DASHES = {
  solid: '',
  dashed: ' stroke-dasharray="6 4"',
  dotted: ' stroke-dasharray="1.5 3"',
};

function swatch(item: LegendItem, x: number, mid: number, color: string): string {
  const c = escapeXml(color);
  if (item.mark === 'triangle')
    return `<path d="M${x + 12},${mid - 5}L${x + 17},${mid + 4}L${x + 7},${mid + 4}Z" fill="${c}"/>`;
  if (item.mark === 'ring')
    return `<circle cx="${x + 12}" cy="${mid}" r="4" fill="none" stroke="${c}" stroke-width="1.8"/>`;
  const dash = DASHES[item.dash ?? 'solid'] ?? '';
  return `<line x1="${x}" x2="${x + SWATCH}" y1="${mid}" y2="${mid}" stroke="${c}" stroke-width="2.5"${dash}/>`;
}

/**
 * The chart's key drawn as SVG, for a file that leaves the page (where the key is HTML): a swatch
 * and a label per item, flowing left to right and wrapping to `maxWidth`. Returns the markup and
 * the height it takes.
 */
export function drawLegend(
  items: LegendItem[],
  layout: LegendLayout,
): { markup: string; height: number } {
  const { fontSize, maxWidth } = layout;
  const rowHeight = Math.round(fontSize * 1.6);
  const parts: string[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const width = SWATCH + 6 + estimateTextWidth(item.label, fontSize);
    if (x > 0 && x + width > maxWidth) {
      x = 0;
      row++;
    }
    const left = layout.x + x;
    const mid = layout.y + row * rowHeight + rowHeight / 2;
    const color = resolveCssVariables(item.color, layout.vars);
    parts.push(
      swatch(item, left, mid, color),
      `<text x="${left + SWATCH + 6}" y="${mid}" dy="0.35em" font-size="${fontSize}" fill="${escapeXml(layout.fill)}">${escapeXml(item.label)}</text>`,
    );
    x += width + 16;
  }
  return { markup: parts.join('\n'), height: items.length ? (row + 1) * rowHeight : 0 };
}
