import { escapeHtml } from './escapeHtml';
import type { Cell } from './neutraliseCell';
import type { PlainTable } from './tableRows';
import { numberText } from './urlState';

/** More rows than this make a snippet too heavy to paste; the link leads to the rest. */
export const FALLBACK_MAX_ROWS = 1000;

const cell = (value: Cell) =>
  value === null
    ? ''
    : typeof value === 'number'
      ? Number.isFinite(value)
        ? numberText(value)
        : ''
      : value;

export interface FallbackFigureInput {
  title: string;
  table: PlainTable;
  citationText: string;
  /** Where the interactive chart is. */
  chartUrl: string;
}

/**
 * The chart as a static `<figure>`: a `<table>` of its figures and a `<figcaption>` with its title,
 * source and a link to the interactive chart. What a reader sees where a CMS strips scripts and
 * frames. Every text is escaped.
 */
export function fallbackFigure({
  title,
  table,
  citationText,
  chartUrl,
}: FallbackFigureInput): string {
  const rows = table.rows.slice(0, FALLBACK_MAX_ROWS);
  const head = table.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${row.map((v) => `<td>${escapeHtml(cell(v))}</td>`).join('')}</tr>`)
    .join('\n');
  const more =
    table.rows.length > rows.length
      ? ` Showing the first ${rows.length} of ${table.rows.length} rows.`
      : '';
  return [
    '<figure data-tradelens-fallback>',
    '<table>',
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>\n${body}\n</tbody>`,
    '</table>',
    `<figcaption>${escapeHtml(title)}. Source: ${escapeHtml(citationText)}.${more} <a href="${escapeHtml(chartUrl)}">Open the interactive chart</a></figcaption>`,
    '</figure>',
  ].join('\n');
}
