import type { Citation } from '../data/citation';
import { plainText } from '../provenance/citationFormats/plainText';
import { formatCitation, formatDate } from '../provenance/formatCitation';
import { safeUrl } from '../provenance/safeUrl';
import { noteLine } from '../charts/words/noteLine';
import { csvField, neutraliseCell, type Cell } from './neutraliseCell';

export interface ChartCsvInput {
  columns: string[];
  rows: Cell[][];
  citations: Citation[];
  /** The retrieval date, ISO `YYYY-MM-DD`. */
  accessed: string;
  title: string;
  /** The chart's subtitle (its measure and unit, or the author's), under the title. */
  subtitle?: string;
  notes: string[];
}

/**
 * A `#` line a spreadsheet can open safely: one line, and no part after a comma or semicolon (where
 * a spreadsheet would start a new cell) may begin a formula or a quoted field.
 */
export function commentLine(text: string): string {
  return `# ${plainText(text).replace(/([,;]\s*)(?=[=+\-@"])/g, "$1'")}`;
}

/**
 * The chart's data as CSV ("get the data"): leading `#` lines with the title, each source, the
 * retrieval date and the notes, then a header and the rows (RFC 4180, CRLF). Numbers stay numbers,
 * missing values are empty, and no cell or line can run as a spreadsheet formula.
 */
export function chartCsv(input: ChartCsvInput): string {
  const comments = [input.title, ...(input.subtitle ? [input.subtitle] : [])];
  for (const c of input.citations) {
    // The URL is checked here, whatever the one-line citation does with it.
    const url = safeUrl(c.url);
    comments.push(`Source: ${formatCitation({ ...c, url: undefined })}${url ? `. ${url}` : ''}`);
  }
  comments.push(`Retrieved: ${formatDate(input.accessed)}`);
  for (const note of input.notes) comments.push(noteLine(note));
  comments.push('Missing values are empty.');

  const record = (cells: Cell[]) => cells.map((cell) => csvField(neutraliseCell(cell))).join(',');
  const width = input.columns.length;
  const rows = input.rows.map((row) =>
    record(row.length < width ? [...row, ...Array<Cell>(width - row.length).fill(null)] : row),
  );
  const lines = [...comments.filter(Boolean).map(commentLine), record(input.columns), ...rows];
  return `${lines.join('\r\n')}\r\n`;
}
