import type { Column, Table } from '../data/table';

/**
 * Rows per stored piece: at most 512 KB of numbers per write. The page writes a table one
 * piece per task, so each task (a copy, then the write's own clone) stays a few milliseconds
 * long, and storage never holds a whole large table's serialized copy at once.
 */
export const ROWS_PER_PIECE = 1 << 16;

/** Which row array of a column a piece holds. */
export type PieceArray = 'values' | 'codes' | 'flags';

/**
 * One slice of one row array, as kept: codes of a short dictionary in one or two bytes, and
 * whole numbers in the narrowest integer array that holds them (see narrowValues).
 */
export interface TablePiece {
  column: number;
  array: PieceArray;
  index: number;
  data: Float64Array | Int32Array | Int16Array | Int8Array;
}

/** A table whose row arrays are kept apart, in `pieces` pieces of `rowsPerPiece` rows. */
export interface TableHead {
  table: Table;
  pieces: number;
  rowsPerPiece: number;
}

/** Codes in the narrowest signed array that holds them (-1 is missing), always a copy. */
function narrow(codes: Int32Array, entries: number): Int32Array | Int16Array | Int8Array {
  if (entries <= 0x7f) return new Int8Array(codes);
  if (entries <= 0x7fff) return new Int16Array(codes);
  return codes.slice();
}

/**
 * Whole numbers (years, counts, weights in kilograms) in the narrowest signed integer array
 * that holds them, its lowest value standing for a missing one; other numbers as a copy.
 * Storage keeps a compact copy, and copying fresh memory is most of what saving costs.
 */
export function narrowValues(
  values: Float64Array,
): Float64Array | Int32Array | Int16Array | Int8Array {
  let min = 0;
  let max = 0;
  let missing = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v) missing++;
    else if (!Number.isInteger(v) || Object.is(v, -0)) return values.slice();
    else if (v < min) min = v;
    else if (v > max) max = v;
  }
  const fit = INTEGERS.find(([, lowest]) => min > lowest && max < -lowest);
  if (!fit) return values.slice();
  const [Kind, lowest] = fit;
  const out = new Kind(values);
  if (missing > 0)
    for (let i = 0; i < values.length; i++) if (values[i] !== values[i]) out[i] = lowest;
  return out;
}

/** The integer arrays whole numbers are kept in, each with its lowest value: a missing number. */
const INTEGERS = [
  [Int8Array, -0x80],
  [Int16Array, -0x8000],
  [Int32Array, -0x80000000],
] as const;

/** The lowest value of a narrowed piece of values (a missing number), or null for numbers. */
const missingMark = (data: TablePiece['data']) =>
  INTEGERS.find(([Kind]) => data instanceof Kind)?.[1] ?? null;

/** The row arrays of a column, with the dictionary size that bounds their codes. */
function rowArrays(c: Column): [PieceArray, Float64Array | Int32Array, number][] {
  if (c.type !== 'number') return [['codes', c.codes, c.dictionary.length]];
  const arrays: [PieceArray, Float64Array | Int32Array, number][] = [['values', c.values, 0]];
  if (c.flags) arrays.push(['flags', c.flags.codes, c.flags.dictionary.length]);
  return arrays;
}

/** A column with empty row arrays: what the head record keeps of it (its keys copied too). */
function emptied(c: Column): Column {
  if (c.type !== 'number') return { ...c, codes: new Int32Array(0), keys: c.keys?.slice() };
  const flags = c.flags && { ...c.flags, codes: new Int32Array(0) };
  return { ...c, values: new Float64Array(0), ...(flags ? { flags } : {}) };
}

/**
 * The table as kept: a head (everything but the row arrays) and its row arrays in pieces of
 * `rowsPerPiece` rows. Each piece is a copy, made only when the iteration reaches it, so
 * a caller can write one and let it go before the next is made.
 */
export function tablePieces(
  table: Table,
  rowsPerPiece = ROWS_PER_PIECE,
): { head: TableHead; pieces: Generator<TablePiece, void, undefined> } {
  const arrays = table.columns.flatMap((c, column) =>
    rowArrays(c).map(([array, rows, entries]) => ({ column, array, rows, entries })),
  );
  const head: TableHead = {
    table: { ...table, columns: table.columns.map(emptied) },
    pieces: arrays.length * Math.ceil(table.rowCount / rowsPerPiece),
    rowsPerPiece,
  };
  function* pieces(): Generator<TablePiece, void, undefined> {
    for (const { column, array, rows, entries } of arrays) {
      for (let index = 0, at = 0; at < table.rowCount; index++, at += rowsPerPiece) {
        const slice = rows.subarray(at, Math.min(at + rowsPerPiece, table.rowCount));
        const data =
          array === 'values'
            ? narrowValues(slice as Float64Array)
            : narrow(slice as Int32Array, entries);
        yield { column, array, index, data };
      }
    }
  }
  return { head, pieces: pieces() };
}

/** A table's columns with room for all its rows, to put its pieces in (see putPiece). */
export function emptyColumns(head: TableHead): Column[] {
  const { rowCount } = head.table;
  return head.table.columns.map((c): Column => {
    if (c.type !== 'number') return { ...c, codes: new Int32Array(rowCount) };
    const flags = c.flags && { ...c.flags, codes: new Int32Array(rowCount) };
    return { ...c, values: new Float64Array(rowCount), ...(flags ? { flags } : {}) };
  });
}

/** Puts one piece's rows in their place; false when it does not belong there. */
export function putPiece(columns: Column[], head: TableHead, piece: TablePiece): boolean {
  const { column, array, index, data } = piece;
  const c = columns[column];
  if (!c) return false;
  const rows = c.type !== 'number' ? c.codes : array === 'flags' ? c.flags?.codes : c.values;
  const at = index * head.rowsPerPiece;
  if (!rows || at + data.length > rows.length) return false;
  rows.set(data, at);
  const mark = array === 'values' ? missingMark(data) : null;
  if (mark !== null) for (let i = 0; i < data.length; i++) if (data[i] === mark) rows[at + i] = NaN;
  return true;
}
