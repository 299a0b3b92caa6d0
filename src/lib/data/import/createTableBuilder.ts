import { finishTable, type FinishExtras } from './finishTable';
import { unexpectedError } from './unexpectedError';
import type { ImportOptions, ImportResult } from './importResult';
import { combineHeaderRows, namedFields } from './headerNames';
import { isCodeName } from './nameWords';
import { countLineBreaks } from './lineBreaks';
import { detachBuffers } from './detachBuffers';
import { IntList, RawColumn, rawBuffers, type RawTable } from './rawTable';
import type { CsvDialect } from './sniffDialect';

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
  /** Names, types and shapes the table. `read` corrects what was learnt while decoding. */
  finish(read?: FinishExtras): ImportResult;
  /**
   * Frees the storage at once, after the last `finish`, but for the buffers in `keep` (those
   * a final `finish` gave its table); the builder is not used again.
   */
  release(keep?: Iterable<ArrayBufferLike>): void;
}

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

/**
 * A TableBuilder for a file of this dialect. `expectedRows` (an estimate, such as the file size
 * over the sniffed bytes per record) sizes the storage up front instead of doubling it.
 */
export function createTableBuilder(
  dialect: CsvDialect,
  options: ImportOptions,
  expectedRows = 0,
): TableBuilder {
  const fields = dialect.fieldCount;
  const dataStart = dialect.headerIndex + dialect.headerRows;
  let capacity = Math.max(1024, Math.min(Math.ceil(expectedRows * 1.05), 1 << 24));
  // Row counts at which columns are reviewed (a varied number column leaves its dictionary).
  let nextReview = 4096;
  const raw: RawTable = {
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
  let record = 0;
  let nextLine = 1;
  // Rows shorter than this miss a named field: a ragged row worth an issue.
  let named = fields;

  function grow() {
    capacity *= 2;
    for (const column of raw.columns) column.grow(capacity);
    const lines = new Int32Array(capacity);
    lines.set(raw.rowLines);
    raw.rowLines = lines;
  }

  function addRow(row: readonly string[], line: number): number {
    const n = row.length;
    if (n === 1 && row[0] === '') return skipBlank(line, 0);
    if (raw.rowCount === capacity) grow();
    if (raw.rowCount === nextReview) {
      nextReview *= 2;
      const names = combineHeaderRows(raw.header, fields);
      raw.columns.forEach((column, j) =>
        column.review(raw.rowCount, capacity, isCodeName(names[j])),
      );
    }
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
    if (empty && !surplus) return skipBlank(line, breaks);
    if (surplus || n < named) {
      raw.raggedRows.push(at);
      raw.raggedFields.push(n);
    } else if (n > fields) raw.emptySurplus++;
    raw.rowLines[at] = line;
    raw.rowCount++;
    return breaks;
  }

  function skipBlank(line: number, breaks: number): number {
    raw.blankAt.push(raw.rowCount);
    raw.blankLines.push(line);
    return breaks;
  }

  function addRows(rows: readonly (readonly string[])[], firstLine?: number) {
    if (firstLine !== undefined) nextLine = firstLine;
    for (const row of rows) {
      const line = nextLine;
      if (record++ < dataStart) {
        if (record > dialect.headerIndex) {
          raw.header.push(row.map(String));
          (raw.headerLines ??= []).push(line);
        } else keepPreamble(raw, row, line);
        if (record === dataStart) named = namedFields(raw.header);
        nextLine = line + 1 + rowBreaks(row);
      } else nextLine = line + 1 + addRow(row, line);
      // A blank line at the very end (papaparse yields one for a final line break) is no content.
      if (row.length > 1 || row[0] !== '') raw.lastLine = nextLine - 1;
    }
  }

  return {
    addRows,
    release(keep = []) {
      const kept = new Set(keep);
      detachBuffers(rawBuffers(raw).filter((b) => !kept.has(b)));
    },
    get rowCount() {
      return raw.rowCount;
    },
    get nextLine() {
      return nextLine;
    },
    fieldName(j) {
      return raw.header.length ? (combineHeaderRows(raw.header, fields)[j] ?? null) : null;
    },
    finish(read) {
      try {
        return finishTable(raw, dialect, options, read);
      } catch (e) {
        return { ok: false, error: unexpectedError(e) };
      }
    },
  };
}
