import Papa from 'papaparse';
import { normalizeNewlines, type Newline } from './lineBreaks';

/** The delimiters the importer recognises. */
export type Delimiter = ',' | ';' | '\t' | '|';

/** A quote that opened a field and never closed: where, among the records `end` gave. */
export interface UnclosedQuote {
  /** Index of the record in what `end` returned. */
  record: number;
  /** Index of the field in that record. */
  field: number;
}

/** Turns text, pushed in pieces of any size, into records (string[] per record). */
export interface RowReader {
  /** Records completed by this text; a record cut off at the end waits for the next push. */
  push(text: string): string[][];
  /**
   * The rest of the records. A quote that never closes would swallow the rest of the file
   * into one field: it is read as a plain character instead, and listed in `unclosed`.
   */
  end(): string[][];
  /** Quotes `end` had to read as plain characters. */
  readonly unclosed: readonly UnclosedQuote[];
}

/** Unclosed quotes repaired at the most; past that the file is read as it stands. */
const MAX_REPAIRS = 20;
/** Stands in for a repaired quote while the text is parsed again (a private-use character). */
const STAND_IN = '\uE000';

/**
 * A tokenizer over papaparse's core parser, fed chunk by chunk: quoted delimiters and line
 * breaks are respected across chunk borders. Blank lines come out as `['']`, so record
 * counts match the file's lines. Files that mix line terminators are normalised to LF first.
 */
export function createRowReader(delimiter: Delimiter, newline: Newline): RowReader {
  const parser = new Papa.Parser({
    delimiter,
    newline: newline === 'mixed' ? '\n' : newline,
    quoteChar: '"',
  });
  const carry = { cr: false, quoted: false };
  // What ends a line: with CRLF, the LF, so a CR cut off at a push's end is still found.
  const lineEnd = newline === '\r' ? '\r' : '\n';
  let pending = '';
  // After a push that completed no record (an open quote), wait for this much text: the
  // wait doubles, so a stray quote costs n log n, not n².
  let waitFor = 0;

  const unclosed: UnclosedQuote[] = [];

  function parse(text: string, last: boolean): string[][] {
    const result = parser.parse(text, 0, !last) as { data: string[][]; meta: { cursor: number } };
    pending = last ? '' : text.substring(result.meta.cursor);
    return result.data;
  }

  /** The last text's records, with quotes that never close read as plain characters. */
  function parseLast(text: string): string[][] {
    const canRepair = !text.includes(STAND_IN);
    for (let repairs = 0; ; repairs++) {
      const result = parser.parse(text, 0, false) as {
        data: string[][];
        errors: { code: string; row: number; index: number }[];
      };
      const missing = result.errors.find((e) => e.code === 'MissingQuotes');
      const at = missing ? missing.index - 1 : -1;
      if (!missing || !canRepair || text[at] !== '"' || repairs === MAX_REPAIRS) {
        for (const u of unclosed) {
          const row = result.data[u.record];
          if (row) row[u.field] = row[u.field].replace(STAND_IN, '"');
        }
        return result.data;
      }
      const record = missing.row;
      unclosed.push({ record, field: result.data[record].length - 1 });
      text = text.slice(0, at) + STAND_IN + text.slice(at + 1);
    }
  }

  return {
    push(text) {
      if (newline === 'mixed') text = normalizeNewlines(text, carry);
      // The record cut off at the last push's end is finished by this text's first line, read
      // on its own: joined to the whole text, the engine would copy all of it into one new
      // string before reading it. Unless that line ends inside quotes; then the two are joined.
      const end = pending === '' || waitFor > 0 ? -1 : text.indexOf(lineEnd);
      if (end >= 0) {
        const first = parse(pending + text.slice(0, end + lineEnd.length), false);
        if (first.length === 1 && pending === '') {
          const rest = parse(text.slice(end + lineEnd.length), false);
          return rest.length ? [first[0], ...rest] : first;
        }
        pending = pending + text.slice(end + lineEnd.length);
        if (first.length === 0) waitFor = Math.max(2 * pending.length, 1 << 16);
        return first;
      }
      pending = pending === '' ? text : pending + text;
      if (pending.length < waitFor) return [];
      const rows = parse(pending, false);
      waitFor = rows.length === 0 ? Math.max(2 * pending.length, 1 << 16) : 0;
      return rows;
    },
    end() {
      if (newline === 'mixed') pending += normalizeNewlines('', carry, true);
      if (pending === '') return [];
      const rows = parseLast(pending);
      pending = '';
      // A final record that is just its line break adds nothing.
      return rows.filter((row, i) => i < rows.length - 1 || row.length > 1 || row[0] !== '');
    },
    unclosed,
  };
}
