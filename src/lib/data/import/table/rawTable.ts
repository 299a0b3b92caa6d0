import { countLineBreaks } from '../text/lineBreaks';
import { NumberStore } from '../values/numberStore';

/** A growable list of int32, for positions and line numbers kept while rows stream in. */
export class IntList {
  private data = new Int32Array(16);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  at(i: number): number {
    return this.data[i];
  }
  get buffer(): ArrayBufferLike {
    return this.data.buffer;
  }
  /** A copy of the values, as long as the list. */
  toInt32Array(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** Largest size of a column's table of likely codes (a power of two). */
const MAX_GUESSES = 1 << 14;
/** Multiplier of the FNV-1a hash, which mixes a cell's characters into its key. */
const FNV_PRIME = 0x01000193;

/**
 * One column as read. It starts dictionary-coded (code 0 is `''`); a column of numbers that
 * proves too varied for a dictionary (amounts, weights) switches to a NumberStore, which skips
 * hashing and keeping a million distinct strings.
 */
export class RawColumn {
  index: Map<string, number> | null = new Map([['', 0]]);
  dictionary: string[] = [''];
  codes: Int32Array;
  /** The numbers, once the column holds mostly distinct numbers; null before. */
  numbers: NumberStore | null = null;
  /** Line breaks inside entries that have any (quoted multi-line cells); null while none do. */
  breaks: Map<number, number> | null = null;

  constructor(capacity: number) {
    this.codes = new Int32Array(capacity);
  }

  /**
   * The codes last seen for strings of each key (its length and characters: all of a short
   * cell, such as a year or a code; five of a longer one, mixed so that few labels share a
   * slot), two slots a key: the newest and the one before, so two labels that share a key do
   * not evict each other row after row. A fresh cell is a
   * fresh string whose hash the Map would compute from every character; comparing it with a
   * likely entry is about twice as fast, and a miss costs only the Map lookup it replaces.
   */
  private guesses = new Int32Array(64);

  /** The code of `s`, added when new. */
  code(s: string): number {
    const n = s.length;
    let key = n;
    if (n <= 8) for (let i = 0; i < n; i++) key = Math.imul(key ^ s.charCodeAt(i), FNV_PRIME);
    else {
      key = Math.imul(key ^ s.charCodeAt(0), FNV_PRIME);
      key = Math.imul(key ^ s.charCodeAt(1), FNV_PRIME);
      key = Math.imul(key ^ s.charCodeAt(n >> 1), FNV_PRIME);
      key = Math.imul(key ^ s.charCodeAt(n - 2), FNV_PRIME);
      key = Math.imul(key ^ s.charCodeAt(n - 1), FNV_PRIME);
    }
    key = Math.imul(key ^ (key >>> 15), 0x2c1b3c6d);
    // The key's pair of slots: the newest code first, the one before next.
    const at = (key ^ (key >>> 12)) & (this.guesses.length - 2);
    const guesses = this.guesses;
    const guess = guesses[at];
    if (this.dictionary[guess] === s) return guess;
    const before = guesses[at + 1];
    if (this.dictionary[before] === s) return before;
    let code = this.index!.get(s);
    if (code === undefined) code = this.add(s);
    // add() may have made a new, larger table: this one is dropped then.
    guesses[at + 1] = guess;
    guesses[at] = code;
    return code;
  }

  /** Adds a string not yet in the dictionary; returns its code. */
  private add(s: string): number {
    const code = this.dictionary.push(s) - 1;
    this.index!.set(s, code);
    // The table grows with the dictionary (a file may have thousands of columns); its old
    // guesses are dropped, and come back as cells are met again.
    const size = this.guesses.length;
    if (code > size >> 3 && size < MAX_GUESSES) this.guesses = new Int32Array(size << 2);
    const n = countLineBreaks(s);
    if (n > 0) (this.breaks ??= new Map()).set(code, n);
    return code;
  }

  /** The cell of a stored row, as read. */
  value(row: number): string {
    return this.numbers ? this.numbers.value(row) : this.dictionary[this.codes[row]];
  }

  /**
   * A column of numbers (not codes) with more distinct values than half of its `rows` so far
   * turns into a NumberStore of `capacity` rows.
   */
  review(rows: number, capacity: number, codeLike: boolean): void {
    if (this.numbers || codeLike || this.dictionary.length <= rows / 2) return;
    if (!NumberStore.fits(this.dictionary)) return;
    this.numbers = new NumberStore(capacity);
    for (let r = 0; r < rows; r++) this.numbers.add(r, this.dictionary[this.codes[r]]);
    this.index = null;
    this.dictionary = [];
    this.codes = new Int32Array(0);
    this.breaks = null;
  }

  grow(capacity: number): void {
    if (this.numbers) return this.numbers.grow(capacity);
    const next = new Int32Array(capacity);
    next.set(this.codes);
    this.codes = next;
  }
}

/** Everything the builder kept while reading, before columns are named and typed. */
export interface RawTable {
  /** The header record(s), cells as read. */
  header: string[][];
  headerLine: number;
  /** Physical line of each header record (two when the header spans two rows). */
  headerLines?: number[];
  columns: RawColumn[];
  rowCount: number;
  /** Physical line of each stored row. */
  rowLines: Int32Array;
  /** Skipped empty records: the row position they came before, and their line. */
  blankAt: IntList;
  blankLines: IntList;
  /** Rows with missing or surplus fields: position and field count. */
  raggedRows: IntList;
  raggedFields: IntList;
  /** Rows whose surplus fields were all empty (Comtrade+ ends every row with a comma). */
  emptySurplus: number;
  /** The last physical line read that is not blank. */
  lastLine: number;
  /** The lines above the header that say something (title, source, unit), as text. */
  preamble: { line: number; text: string }[];
}

/** The arrays of a raw table with an entry per row of its capacity (positions, codes, numbers). */
export function storageArrays(raw: RawTable): (Int32Array | Float64Array | Uint8Array)[] {
  const out: (Int32Array | Float64Array | Uint8Array)[] = [raw.rowLines];
  for (const column of raw.columns) {
    const store = column.numbers;
    if (!store) out.push(column.codes);
    else out.push(store.values, store.tags, ...(store.comma ? [store.comma] : []));
  }
  return out;
}

/** Every buffer of a raw table: none of them is part of the table made from it. */
export function rawBuffers(raw: RawTable): ArrayBufferLike[] {
  const out = [raw.rowLines.buffer];
  for (const list of [raw.blankAt, raw.blankLines, raw.raggedRows, raw.raggedFields])
    out.push(list.buffer);
  for (const column of raw.columns) {
    out.push(column.codes.buffer);
    const store = column.numbers;
    if (store) out.push(store.values.buffer, store.tags.buffer);
    if (store?.comma) out.push(store.comma.buffer);
  }
  return out;
}
