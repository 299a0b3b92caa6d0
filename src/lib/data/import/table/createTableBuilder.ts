import { finishTable, type FinishExtras } from './finishTable';
import { unexpectedError } from '../unexpectedError';
import type { ImportOptions, ImportResult } from '../importResult';
import { combineHeaderRows, namedFields } from '../shape/headerNames';
import { isCodeName } from '../shape/nameWords';
import { countLineBreaks } from '../text/lineBreaks';
import { detachBuffers } from './detachBuffers';
import { joinRawParts } from './joinRawParts';
import { rawPart, type RawPart } from './rawPart';
import { IntList, RawColumn, rawBuffers, storageArrays, type RawTable } from './rawTable';
import type { CsvDialect } from '../text/sniffDialect';

/** Accumulates records into columnar storage as they stream in; `finish` types the table. */
export interface TableBuilder {
  /**
   * Records in file order, from the file's first record (preamble included; the builder skips
   * to the header itself). `firstLine` resets the physical line of `rows[0]` when the caller
   * knows it; otherwise lines are counted from the records, quoted line breaks included.
   */
  addRows(rows: readonly (readonly string[])[], firstLine?: number): void;
  /** Data rows stored so far. */
  readonly rowCount: number;
  /** Physical line (from 1) where the next record starts. */
  readonly nextLine: number;
  /** The header's name for field `j` (before names are made unique), or null. */
  fieldName(j: number): string | null;
  /** The header's records, once read (null before): what a builder of a part is given. */
  readonly header: readonly string[][] | null;
  /**
   * The rows stored so far, as a part to join after the rows before it (see joinRawParts):
   * views of the storage, so no rows are added after.
   */
  part(): RawPart;
  /** Puts the rows of parts read apart after its own, in order; no rows are added after. */
  join(parts: readonly RawPart[]): void;
  /**
   * Touches the storage of up to `rows` more rows past those stored, once reading is over and
   * the parts are still being read: memory is slow to touch the first time, and the join that
   * fills it then runs after every part is in, with nothing else to do. False once all is.
   */
  touchAhead(rows: number): boolean;
  /** Names, types and shapes the table. `read` corrects what was learnt while decoding. */
  finish(read?: FinishExtras): ImportResult;
  /**
   * Frees the storage at once, after the last `finish`, but for the buffers in `keep` (those
   * a final `finish` gave its table); the builder is not used again.
   */
  release(keep?: Iterable<ArrayBufferLike>): void;
}

/** Rows stored before the storage grows to the rows the file is expected to hold. */
const FIRST_ROWS = 4096;

/** Lines above the header kept for what they say of the table (source, unit), at most this many. */
const PREAMBLE_LINES = 30;

/** A line above the header, as its filled cells joined, with its line number. */
function keepPreamble(raw: RawTable, row: readonly string[], line: number) {
  const text = row
    .map((c) => String(c).trim())
    .filter(Boolean)
    .join(' ')
    .slice(0, 300);
  if (text && raw.preamble.length < PREAMBLE_LINES) raw.preamble.push({ line, text });
}

const rowBreaks = (row: readonly string[], from = 0) => {
  let n = 0;
  for (let j = from; j < row.length; j++) n += countLineBreaks(row[j]);
  return n;
};

/** The storage of a table of `fields` columns, room for `capacity` rows. */
function emptyRawTable(dialect: CsvDialect, fields: number, capacity: number): RawTable {
  return {
    header: [],
    headerLine: dialect.headerLine,
    columns: Array.from({ length: fields }, () => new RawColumn(capacity)),
    rowCount: 0,
    rowLines: new Int32Array(capacity),
    blankAt: new IntList(),
    blankLines: new IntList(),
    raggedRows: new IntList(),
    raggedFields: new IntList(),
    emptySurplus: 0,
    lastLine: 0,
    preamble: [],
  };
}

/** Columnar storage filled record by record; see TableBuilder. */
class ColumnarBuilder implements TableBuilder {
  #raw: RawTable;
  readonly #fields: number;
  readonly #dataStart: number;
  #capacity: number;
  // The rows the file is expected to hold: the storage grows to this at once past its first
  // rows, which are stored small (see the constructor).
  #expected: number;
  // Row counts at which columns are reviewed (a varied number column leaves its dictionary).
  #nextReview = 4096;
  #record = 0;
  #nextLine = 1;
  // Rows shorter than this miss a named field: a ragged row worth an issue.
  #named: number;

  constructor(
    readonly dialect: CsvDialect,
    readonly options: ImportOptions,
    expectedRows: number,
    header?: readonly (readonly string[])[],
  ) {
    this.#fields = this.#named = dialect.fieldCount;
    this.#dataStart = dialect.headerIndex + dialect.headerRows;
    this.#expected = Math.max(1024, Math.min(Math.ceil(expectedRows * 1.05), 1 << 24));
    // Room for the first rows only: a large file's reading in parts starts once its header is
    // read, and storage for a million rows (tens of megabytes to clear) would hold it back.
    this.#capacity = Math.min(this.#expected, FIRST_ROWS);
    this.#raw = emptyRawTable(dialect, this.#fields, this.#capacity);
    // A part of the file past its header: every record is a row, and the header is given.
    if (header) {
      this.#raw.header = header.map((row) => [...row]);
      this.#record = this.#dataStart;
      this.#named = namedFields(this.#raw.header);
    }
  }

  get header() {
    return this.#record >= this.#dataStart ? this.#raw.header : null;
  }

  part(): RawPart {
    // Views of the storage, not copies: the part crosses threads with its buffers transferred
    // (its few spare rows go with them), and copying tens of megabytes of fresh memory took
    // longer than reading a tenth of the part.
    return rawPart(this.#raw, this.#nextLine - 1, true);
  }

  join(parts: readonly RawPart[]) {
    const names = combineHeaderRows(this.#raw.header, this.#fields);
    this.#raw = joinRawParts(this.#raw, this.#nextLine - 1, parts, (j) => isCodeName(names[j]));
    this.#capacity = this.#raw.rowCount;
    this.#nextLine += parts.reduce((n, p) => n + p.lines, 0);
  }

  get rowCount() {
    return this.#raw.rowCount;
  }

  #touchedTo = 0;
  touchAhead(rows: number): boolean {
    const raw = this.#raw;
    const from = Math.max(raw.rowCount, this.#touchedTo);
    const to = Math.min(this.#capacity, from + rows);
    for (const array of storageArrays(raw)) {
      // A write to each page makes the system give it now; the entries are zero, kept so.
      const step = Math.max(1, 4096 / array.BYTES_PER_ELEMENT);
      for (let i = from; i < to && i < array.length; i += step) array[i] = 0;
    }
    this.#touchedTo = to;
    return to < this.#capacity;
  }

  get nextLine() {
    return this.#nextLine;
  }

  #grow() {
    const raw = this.#raw;
    this.#capacity = Math.max(this.#capacity * 2, this.#expected);
    for (const column of raw.columns) column.grow(this.#capacity);
    const lines = new Int32Array(this.#capacity);
    lines.set(raw.rowLines);
    raw.rowLines = lines;
  }

  #review() {
    const raw = this.#raw;
    this.#nextReview *= 2;
    const names = combineHeaderRows(raw.header, this.#fields);
    raw.columns.forEach((column, j) =>
      column.review(raw.rowCount, this.#capacity, isCodeName(names[j])),
    );
  }

  /** Stores a data row; returns the line breaks inside its quoted cells. */
  #addRow(row: readonly string[], line: number): number {
    const raw = this.#raw;
    const fields = this.#fields;
    const n = row.length;
    if (n === 1 && row[0] === '') return this.#skipBlank(line, 0);
    if (raw.rowCount === this.#capacity) this.#grow();
    if (raw.rowCount === this.#nextReview) this.#review();
    const at = raw.rowCount;
    const stored = n < fields ? n : fields;
    let empty = true;
    let breaks = 0;
    for (let j = 0; j < stored; j++) {
      const s = row[j];
      const column = raw.columns[j];
      if (column.numbers !== null) {
        if (s.length !== 0) empty = false;
        breaks += column.numbers.add(at, s);
        continue;
      }
      const code = column.code(s);
      if (code !== 0) empty = false;
      column.codes[at] = code;
      if (column.breaks !== null) breaks += column.breaks.get(code) ?? 0;
    }
    for (let j = stored; j < fields; j++) {
      const column = raw.columns[j];
      if (column.numbers !== null) column.numbers.add(at, '');
      else column.codes[at] = 0;
    }
    let surplus = false;
    if (n > fields) {
      breaks += rowBreaks(row, fields);
      for (let j = fields; j < n && !surplus; j++) surplus = row[j] !== '';
    }
    if (empty && !surplus) return this.#skipBlank(line, breaks);
    if (surplus || n < this.#named) {
      raw.raggedRows.push(at);
      raw.raggedFields.push(n);
    } else if (n > fields) raw.emptySurplus++;
    raw.rowLines[at] = line;
    raw.rowCount++;
    return breaks;
  }

  #skipBlank(line: number, breaks: number): number {
    this.#raw.blankAt.push(this.#raw.rowCount);
    this.#raw.blankLines.push(line);
    return breaks;
  }

  addRows(rows: readonly (readonly string[])[], firstLine?: number) {
    const raw = this.#raw;
    if (firstLine !== undefined) this.#nextLine = firstLine;
    for (const row of rows) {
      const line = this.#nextLine;
      if (this.#record++ < this.#dataStart) {
        if (this.#record > this.dialect.headerIndex) {
          raw.header.push(row.map(String));
          (raw.headerLines ??= []).push(line);
        } else keepPreamble(raw, row, line);
        if (this.#record === this.#dataStart) this.#named = namedFields(raw.header);
        this.#nextLine = line + 1 + rowBreaks(row);
      } else this.#nextLine = line + 1 + this.#addRow(row, line);
      // A blank line at the very end (papaparse yields one for a final line break) is no content.
      if (row.length > 1 || row[0] !== '') raw.lastLine = this.#nextLine - 1;
    }
  }

  release(keep: Iterable<ArrayBufferLike> = []) {
    const kept = new Set(keep);
    detachBuffers(rawBuffers(this.#raw).filter((b) => !kept.has(b)));
  }

  fieldName(j: number) {
    const raw = this.#raw;
    return raw.header.length ? (combineHeaderRows(raw.header, this.#fields)[j] ?? null) : null;
  }

  finish(read?: FinishExtras): ImportResult {
    try {
      return finishTable(this.#raw, this.dialect, this.options, read);
    } catch (e) {
      return { ok: false, error: unexpectedError(e) };
    }
  }
}

/**
 * A TableBuilder for a file of this dialect. `expectedRows` (an estimate, such as the file size
 * over the sniffed bytes per record) sizes the storage up front instead of doubling it. Given
 * `header`, it reads a part of the file that starts past the header, to be joined later.
 */
export function createTableBuilder(
  dialect: CsvDialect,
  options: ImportOptions,
  expectedRows = 0,
  /** The file's header records, for a builder of a part of the file past them. */
  header?: readonly (readonly string[])[],
): TableBuilder {
  return new ColumnarBuilder(dialect, options, expectedRows, header);
}
