import { countLineBreaks } from '../text/lineBreaks';
import { isMissingMarker } from './missingMarkers';
import { parseDigitsOnly, parseNumber } from './parseNumber';
import { emptyTally, tallyScientific, type ScientificTally } from './scientificNotation';

/** What a stored cell is: nothing, a number (both readings kept), or text kept as written. */
export const EMPTY = 0;
export const NUMBER = 1;
export const WRITTEN = 2;

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
  dot: Float64Array;
  comma: Float64Array;
  tags: Uint8Array;
  readonly written = new Map<number, string>();
  /** The first value that reads differently either way (`1,234`), for messages. */
  ambiguousExample: string | null = null;
  /** Cells in scientific notation, which may have been rounded when written. */
  scientific: ScientificTally = emptyTally();

  constructor(capacity: number) {
    this.dot = new Float64Array(capacity);
    this.comma = new Float64Array(capacity);
    this.tags = new Uint8Array(capacity);
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
        this.dot[at] = value;
        this.comma[at] = value;
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
      this.tags[at] = NUMBER;
      this.dot[at] = d;
      this.comma[at] = c;
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

  /** The cell as text: enough to tell empty cells and notes (footer detection). */
  value(row: number): string {
    const tag = this.tags[row];
    if (tag === EMPTY) return '';
    if (tag === WRITTEN) return this.written.get(row) ?? '';
    return String(this.dot[row] === this.dot[row] ? this.dot[row] : this.comma[row]);
  }

  grow(capacity: number): void {
    const grow = <T extends Float64Array | Uint8Array>(a: T, b: T) => (b.set(a), b);
    this.dot = grow(this.dot, new Float64Array(capacity));
    this.comma = grow(this.comma, new Float64Array(capacity));
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
