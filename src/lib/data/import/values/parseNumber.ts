/** The character that starts a number's fraction: `1,234.5` or `1.234,5`. */
export type DecimalSeparator = '.' | ',';

const isMinus = (c: number) => c === 45 || c === 0x2212 || c === 0x2013;
const isCurrency = (c: number) => c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5;
const isSpace = (c: number) =>
  c <= 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0xfeff;
const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);
const EXPONENT = /^[0-9]*\.?[0-9]*[eE][+-]?\d{1,3}$/;

/** Thousands separators: comma, dot, spaces (also no-break, narrow and thin), apostrophes. */
function isGroupChar(c: number): boolean {
  return (
    c === 44 ||
    c === 46 ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x202f ||
    c === 0x2009 ||
    c === 39 ||
    c === 0x2019
  );
}

/**
 * The digits of a number with grouping and one decimal separator, as a JS number; NaN when
 * the groups are not 1–3 digits then threes (`1,234,567`), or anything else is in the way.
 * Up to 15 digits are summed exactly (the result equals `Number()` of the plain string).
 */
function parseDigits(s: string, from: number, to: number, decimal: DecimalSeparator): number {
  const point = decimal === '.' ? 46 : 44;
  let whole = 0;
  let part = 0;
  let partDigits = 0;
  let digits = 0;
  let group = -1;
  let groupDigits = 0;
  let firstGroup = -1;
  let fraction = -1;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
      if (fraction < 0) {
        whole = whole * 10 + (c - 48);
        groupDigits++;
      } else {
        part = part * 10 + (c - 48);
        partDigits++;
      }
    } else if (c === point && fraction < 0) {
      if (group >= 0 && groupDigits !== 3) return NaN;
      fraction = i;
    } else if (fraction < 0 && isGroupChar(c)) {
      if (group < 0) group = c;
      else if (group !== c) return NaN;
      if (firstGroup < 0) firstGroup = groupDigits;
      else if (groupDigits !== 3) return NaN;
      groupDigits = 0;
    } else if ((c === 101 || c === 69) && decimal === '.' && group < 0 && EXPONENT.test(s)) {
      return Number(s);
    } else return NaN;
  }
  if (digits === 0 || fraction === s.length - 1) return NaN;
  if (group >= 0 && (firstGroup < 1 || firstGroup > 3 || (fraction < 0 && groupDigits !== 3)))
    return NaN;
  if (digits > 15) return Number(plainDigits(s, point));
  return partDigits === 0 ? whole : (whole * POW10[partDigits] + part) / POW10[partDigits];
}

/** `1.234.567,891` → `1234567.891`: for numbers too long to sum exactly. */
function plainDigits(s: string, point: number): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) out += s[i];
    else if (c === point) out += '.';
  }
  return out;
}

/**
 * parseNumber of a cell that starts and ends with a digit (`1,234.5`, `12.5`, `2024`): it has
 * no sign, currency sign, bracket, space or percent sign to strip, so its digits are read at
 * once. A column of a million numbers reads each cell once or twice.
 */
export function parseDigitsOnly(s: string, decimal: DecimalSeparator): number {
  const value = parseDigits(s, 0, s.length, decimal);
  return Number.isFinite(value) ? value : NaN;
}

/** Quick test on the first character: could this string be a number at all? */
export function couldBeNumber(s: string): boolean {
  const c = s.charCodeAt(0);
  return (
    (c >= 48 && c <= 57) ||
    c === 46 ||
    c === 44 ||
    c === 40 ||
    c === 43 ||
    isMinus(c) ||
    isCurrency(c)
  );
}

/**
 * Reads a number written in the usual ways: `1,234.5`, `1.234,5` (with `decimal: ','`),
 * `1 234,5` (also U+00A0 / U+202F), `1'234.5`, `(1,234)` and `−5` as negatives, currency
 * signs ($ € £ ¥) and a trailing `%` (kept as written: `61%` reads 61). NaN otherwise.
 * Works on indexes into the string: it runs once or twice per distinct cell of a column.
 */
export function parseNumber(s: string, options: { decimal?: DecimalSeparator } = {}): number {
  let start = 0;
  let end = s.length;
  while (start < end && isSpace(s.charCodeAt(start))) start++;
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  if (start === end || !couldBeNumber(s[start])) return NaN;
  let negative = false;
  if (s.charCodeAt(start) === 40 && s.charCodeAt(end - 1) === 41) {
    negative = true;
    start++;
    end--;
    while (start < end && isSpace(s.charCodeAt(start))) start++;
    while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  }
  let signs = 0;
  for (let k = 0; k < 2 && start < end; k++) {
    const c = s.charCodeAt(start);
    if (isMinus(c) || c === 43) {
      if (signs++ > 0) return NaN;
      if (c !== 43) negative = !negative;
      start++;
    } else if (isCurrency(c)) {
      start++;
      while (start < end && (s.charCodeAt(start) === 32 || s.charCodeAt(start) === 0xa0)) start++;
    }
  }
  const last = s.charCodeAt(end - 1);
  if (last === 37 || isCurrency(last)) {
    end--;
    while (end > start && (s.charCodeAt(end - 1) === 32 || s.charCodeAt(end - 1) === 0xa0)) end--;
  }
  if (end <= start) return NaN;
  const value = parseDigits(s, start, end, options.decimal ?? '.');
  return !Number.isFinite(value) ? NaN : negative ? -value : value;
}
