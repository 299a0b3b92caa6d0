import { capitalised } from '../charts/words/humanName';
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
  table: whole,
  citationText,
  chartUrl,
}: FallbackFigureInput): string {
  const { table, shared } = sharedColumns(whole);
  const rows = table.rows.slice(0, FALLBACK_MAX_ROWS);
  const head = table.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${row.map((v) => `<td>${escapeHtml(cell(v))}</td>`).join('')}</tr>`)
    .join('\n');
  const facts = shared.map(([c, v]) => ` ${escapeHtml(c)}: ${escapeHtml(cell(v))}.`).join('');
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
    `<figcaption>${escapeHtml(title)}.${facts} Source: ${escapeHtml(citationText)}.${more} <a href="${escapeHtml(chartUrl)}">Open the interactive chart</a></figcaption>`,
    '</figure>',
  ].join('\n');
}

/** Columns the caption says already, whatever their rows: the source of every figure. */
const CAPTIONED = new Set(['source', 'source_url']);

/**
 * The table without the columns every row shares (a unit, a source repeated on each of 200
 * rows made a snippet of 76 KB): an empty one goes, the source is in the caption already, and
 * any other is said once in the caption (`Unit: %`). A table of one row keeps them all.
 */
export function sharedColumns(table: PlainTable): { table: PlainTable; shared: [string, Cell][] } {
  if (table.rows.length < 2) return { table, shared: [] };
  const keep: number[] = [];
  const shared: [string, Cell][] = [];
  table.columns.forEach((name, j) => {
    const first = table.rows[0][j] ?? null;
    const same = table.rows.every((r) => (r[j] ?? null) === first);
    if (!same || j === 0) keep.push(j);
    else if (first !== null && !CAPTIONED.has(name)) shared.push([capitalised(name), first]);
  });
  return {
    table: {
      columns: keep.map((j) => table.columns[j]),
      rows: table.rows.map((r) => keep.map((j) => r[j] ?? null)),
    },
    shared,
  };
}
