import Papa from 'papaparse';
import { normalizeNewlines, type Newline } from './lineBreaks';

/** The delimiters the importer recognises. */
export type Delimiter = ',' | ';' | '\t' | '|';

/** Turns text, pushed in pieces of any size, into records (string[] per record). */
export interface RowReader {
  /** Records completed by this text; a record cut off at the end waits for the next push. */
  push(text: string): string[][];
  /** The last record, if the text did not end with a line break. */
  end(): string[][];
}

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
  let pending = '';
  // After a push that completed no record (an open quote), wait for this much text: the
  // wait doubles, so a stray quote costs n log n, not n².
  let waitFor = 0;

  function parse(text: string, last: boolean): string[][] {
    const result = parser.parse(text, 0, !last) as { data: string[][]; meta: { cursor: number } };
    pending = last ? '' : text.substring(result.meta.cursor);
    return result.data;
  }

  return {
    push(text) {
      if (newline === 'mixed') text = normalizeNewlines(text, carry);
      pending = pending === '' ? text : pending + text;
      if (pending.length < waitFor) return [];
      const rows = parse(pending, false);
      waitFor = rows.length === 0 ? Math.max(2 * pending.length, 1 << 16) : 0;
      return rows;
    },
    end() {
      if (newline === 'mixed') pending += normalizeNewlines('', carry, true);
      if (pending === '') return [];
      const rows = parse(pending, true);
      // A final record that is just its line break adds nothing.
      return rows.filter((row, i) => i < rows.length - 1 || row.length > 1 || row[0] !== '');
    },
  };
}
