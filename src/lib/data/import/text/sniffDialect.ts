import { chooseDelimiter, DELIMITERS, scoreFieldCounts } from './chooseDelimiter';
import { createRowReader, type Delimiter } from './createRowReader';
import { createStreamDecoder } from './createStreamDecoder';
import { detectEncoding, type TextEncoding } from './detectEncoding';
import { findHeader } from '../shape/findHeader';
import { MAX_COLUMNS, SNIFF_ROWS } from '../importLimits';
import { countLineBreaks, detectNewline, type Newline } from './lineBreaks';
import { refuseFile } from '../refuseFile';

/** How a file is written, guessed from its first bytes; shared by every import path. */
export interface CsvDialect {
  encoding: TextEncoding;
  delimiter: Delimiter;
  newline: Newline;
  /** Physical line of the header, counted from 1. */
  headerLine: number;
  /** Records (blank lines included) before the header. */
  headerIndex: number;
  /** 2 when a second row completes the names below merged header cells. */
  headerRows: 1 | 2;
  /** Fields per record: the most common count, or the header's when wider. */
  fieldCount: number;
  /** Average bytes per record in the sample, to estimate a large file's rows. */
  bytesPerRecord: number;
}

export type SniffResult =
  | { ok: true; dialect: CsvDialect }
  | {
      ok: false;
      error: string;
      /** More bytes may settle it (sample was not the whole file). */ needMore: boolean;
    };

export interface SniffOptions {
  /** True when `firstBytes` is the whole file. */
  final?: boolean;
  /** The whole file's size, when known. */
  size?: number;
  maxBytes?: number;
}

const SEP_LINE = /^"?sep=([,;\t|])"?[ \t]*$/i;

function physicalLine(rows: readonly (readonly string[])[], index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++)
    line += 1 + rows[i].reduce((n, cell) => n + countLineBreaks(cell), 0);
  return line;
}

/**
 * Reads the first bytes of a file (about 64 KB; the whole file when smaller) and guesses its
 * encoding, line terminator, delimiter and header row. Refuses binaries and empty files.
 */
export function sniffDialect(firstBytes: Uint8Array, options: SniffOptions = {}): SniffResult {
  const final = options.final ?? true;
  const refusal = refuseFile(firstBytes, options.size ?? firstBytes.length, options.maxBytes);
  if (refusal) return { ok: false, error: refusal, needMore: false };
  const encoding = detectEncoding(firstBytes);
  const text = createStreamDecoder(encoding).decode(firstBytes, final);
  if (text.trim() === '') {
    const error =
      'The file holds only blank space: there is no table to import. Pick the CSV file that holds the table.';
    return { ok: false, error, needMore: !final };
  }
  const newline = detectNewline(text);
  const firstLine = text.slice(0, text.search(/[\r\n]|$/));
  const forced = SEP_LINE.exec(firstLine)?.[1] as Delimiter | undefined;
  const samples = new Map<Delimiter, string[][]>();
  const records = new Map<Delimiter, number>();
  for (const delimiter of forced ? [forced] : DELIMITERS) {
    const reader = createRowReader(delimiter, newline);
    let rows = reader.push(text);
    if (final) rows = rows.concat(reader.end());
    records.set(delimiter, rows.length);
    samples.set(delimiter, rows.slice(0, SNIFF_ROWS));
  }
  const delimiter = forced ?? chooseDelimiter(samples).delimiter;
  const rows = samples.get(delimiter)!;
  const from = forced ? 1 : 0;
  const header = findHeader(rows, scoreFieldCounts(rows.slice(from)).fields, from);
  if (!header || (!final && rows.length - header.index < 2)) {
    const error =
      'No header row or values were found: the file seems to hold no table. Pick the CSV file that holds the table.';
    return { ok: false, error, needMore: !final };
  }
  if (header.fieldCount > MAX_COLUMNS) {
    const line = physicalLine(rows, header.index);
    const error =
      `The header row (line ${line}) has ${header.fieldCount.toLocaleString('en')} fields, more than ` +
      `the ${MAX_COLUMNS.toLocaleString('en')} columns Tradelens reads (as many as a spreadsheet ` +
      'holds). Check that the file is a table with a line per row, or keep only the columns you need.';
    return { ok: false, error, needMore: false };
  }
  return {
    ok: true,
    dialect: {
      encoding,
      delimiter,
      newline,
      headerLine: physicalLine(rows, header.index),
      headerIndex: header.index,
      headerRows: header.rows,
      fieldCount: header.fieldCount,
      bytesPerRecord: firstBytes.length / Math.max(1, records.get(delimiter)!),
    },
  };
}
