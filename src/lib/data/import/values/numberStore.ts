import { countLineBreaks } from '../text/lineBreaks';
import { isMissingMarker } from './missingMarkers';
import { parseDigitsOnly, parseNumber } from './parseNumber';
import { emptyTally, tallyScientific, type ScientificTally } from './scientificNotation';

/**
 * What a stored cell is: nothing, text kept as written, or a number, by how it reads with a
 * decimal point and with a decimal comma: the same either way (plain digits, `1,234.5`), one
 * way only (`12.5` reads with a point only, `12,5` with a comma only), or two ways (`1,234`).
 */
export const EMPTY = 0;
export const NUMBER = 1;
export const WRITTEN = 2;
export const POINT_ONLY = 3;
export const COMMA_ONLY = 4;
export const TWO_WAYS = 5;

/** Whether a stored cell of this tag is a number, read at least one way. */
export const isNumberTag = (tag: number) => tag === NUMBER || tag >= POINT_ONLY;

const COMMA = { decimal: ',' } as const;
const DOT = { decimal: '.' } as const;
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * A column of numbers too varied for a dictionary (amounts, weights): each cell is read as it
 * arrives, with a decimal point and with a decimal comma, so the string can be dropped at once
 * (a million of them would otherwise live until the end). Cells that are not numbers (missing
 * markers, flagged or unreadable values) are kept as written.
 */
export class NumberStore {
  /**
   * Each number cell's value: the one reading it has, or its reading with a decimal point
   * when it reads two ways.
   */
  values: Float64Array;
  /**
   * The decimal comma's reading of the cells that read two ways; null until one does. Most
   * columns never need it: storing both readings of every cell took twice the fresh memory,
   * which cost more time than reading the numbers.
   */
  comma: Float64Array | null = null;
  tags: Uint8Array;
  readonly written = new Map<number, string>();
  /** The first value that reads differently either way (`1,234`), for messages. */
  ambiguousExample: string | null = null;
  /** Cells in scientific notation, which may have been rounded when written. */
  scientific: ScientificTally = emptyTally();

  constructor(capacity: number) {
    this.values = new Float64Array(capacity);
    this.tags = new Uint8Array(capacity);
  }

  /** Stores the readings of row `at` with a decimal point (`d`) and comma (`c`), one a number. */
  set(at: number, d: number, c: number): void {
    if (d === c) {
      this.tags[at] = NUMBER;
      this.values[at] = d;
    } else if (c !== c) {
      this.tags[at] = POINT_ONLY;
      this.values[at] = d;
    } else if (d !== d) {
      this.tags[at] = COMMA_ONLY;
      this.values[at] = c;
    } else {
      this.tags[at] = TWO_WAYS;
      this.values[at] = d;
      (this.comma ??= new Float64Array(this.tags.length))[at] = c;
    }
  }

  /** Stores a cell of row `at`; returns the line breaks inside it. */
  add(at: number, s: string): number {
    if (s.length === 0) {
      this.tags[at] = EMPTY;
      return 0;
    }
    const n = s.length;
    if (n <= 15) {
      // Plain digits, the commonest cell, read the same either way.
      let value = 0;
      let i = 0;
      for (; i < n; i++) {
        const digit = s.charCodeAt(i) - 48;
        if (digit < 0 || digit > 9) break;
        value = value * 10 + digit;
      }
      if (i === n) {
        this.tags[at] = NUMBER;
        this.values[at] = value;
        return 0;
      }
    }
    // With both separators, the one written first is the thousands separator in the only
    // reading that can succeed (`1,234.5`): a decimal separator cannot be followed by the other.
    const comma = s.indexOf(',');
    const point = s.indexOf('.');
    const d = comma >= 0 && point >= 0 && point < comma ? NaN : this.read(s, '.', comma, point);
    const c =
      comma < 0 && point < 0
        ? d
        : comma >= 0 && point >= 0 && comma < point
          ? NaN
          : this.read(s, ',', point, comma);
    if (d === d || c === c) {
      this.set(at, d, c);
      if (d !== c && d === d && c === c && this.ambiguousExample === null)
        this.ambiguousExample = s.trim();
      if (d === d && (s.includes('E') || s.includes('e'))) tallyScientific(this.scientific, at, s);
      return 0;
    }
    this.tags[at] = WRITTEN;
    this.written.set(at, s);
    return countLineBreaks(s);
  }

  /**
   * `s` read with `decimal`, given where the first thousands separator that reading would
   * take (`group`) and the first decimal separator are. A cell that starts and ends with a
   * digit is read at once; one with its only separators as thousands separators, with other
   * than three digits after the last, reads as no number without reading it (`12.5` with a
   * decimal comma).
   */
  private read(s: string, decimal: '.' | ',', group: number, point: number): number {
    const n = s.length;
    if (!isDigit(s.charCodeAt(0)) || !isDigit(s.charCodeAt(n - 1)))
      return parseNumber(s, decimal === ',' ? COMMA : DOT);
    if (point < 0 && group >= 0 && n - s.lastIndexOf(decimal === '.' ? ',' : '.') !== 4) return NaN;
    return parseDigitsOnly(s, decimal);
  }

  /** The cell's readings with a decimal point and with a decimal comma (NaN: not a number). */
  readings(row: number): [number, number] {
    const v = this.values[row];
    const tag = this.tags[row];
    if (tag === NUMBER) return [v, v];
    if (tag === POINT_ONLY) return [v, NaN];
    if (tag === COMMA_ONLY) return [NaN, v];
    if (tag === TWO_WAYS) return [v, this.comma![row]];
    return [NaN, NaN];
  }

  /** The cell as text: enough to tell empty cells and notes (footer detection). */
  value(row: number): string {
    const tag = this.tags[row];
    if (tag === EMPTY) return '';
    if (tag === WRITTEN) return this.written.get(row) ?? '';
    return String(this.values[row]);
  }

  grow(capacity: number): void {
    const grow = <T extends Float64Array | Uint8Array>(a: T, b: T) => (b.set(a), b);
    this.values = grow(this.values, new Float64Array(capacity));
    if (this.comma) this.comma = grow(this.comma, new Float64Array(capacity));
    this.tags = grow(this.tags, new Uint8Array(capacity));
  }

  /** Whether every filled entry of a dictionary reads as a number (or a missing marker). */
  static fits(dictionary: readonly string[]): boolean {
    let numbers = 0;
    for (let i = 1; i < dictionary.length; i++) {
      const s = dictionary[i].trim();
      if (s.length > 1 && s.charCodeAt(0) === 48 && s.charCodeAt(1) >= 48 && s.charCodeAt(1) <= 57)
        return false;
      if (!Number.isNaN(parseNumber(s)) || !Number.isNaN(parseNumber(s, COMMA))) numbers++;
      else if (!isMissingMarker(s)) return false;
    }
    return numbers > 0;
  }
}
