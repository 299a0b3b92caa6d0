import { parsePeriod } from '../../period';
import type { ImportIssue } from '../../table';
import { parseNumber } from '../values/parseNumber';

/** A cell that names the periods running across (`YEAR` over UNCTADstat's `ECONOMY`). */
const TIME_WORD = /^(years?|time|periods?|dates?|months?|quarters?)$/i;
/** Words that name a label column, for a header whose periods row leaves the label cells blank. */
const LABEL_WORD =
  /^(country|countries|economy|economies|partner|reporter|region|geo|area|indicator|series|product|commodity|flow|name|entity|measure|unit)\b/i;

const filled = (cell: string | undefined) => cell !== undefined && cell.trim() !== '';
const isPeriod = (cell: string | undefined) => filled(cell) && parsePeriod(cell!) !== null;
const isNumber = (s: string) => !Number.isNaN(parseNumber(s.trim()));

/** A header split over two rows: which holds the periods, and the positions of the periods. */
export interface SplitHeader {
  /** 0 when the upper row holds the periods, 1 when the lower does. */
  periodsRow: 0 | 1;
  periods: number[];
  /** The label cells of the other row: position and text. */
  labels: { at: number; text: string }[];
}

/**
 * Reads two header rows as one split header: one row holds only periods (and, in the label
 * columns, nothing or a word that names the periods, such as `YEAR`); the other holds only
 * labels, in the columns where there is no period. Null for any other pair of rows, so a
 * header over a data row (labels beside empty values) is not taken for one: its label cells
 * would be names, not blanks or a time word.
 */
export function splitHeader(
  upper: readonly string[],
  lower: readonly string[],
): SplitHeader | null {
  for (const periodsRow of [0, 1] as const) {
    const p = periodsRow === 0 ? upper : lower;
    const l = periodsRow === 0 ? lower : upper;
    const periods: number[] = [];
    let timeWord = false;
    let ok = true;
    p.forEach((cell, j) => {
      if (!filled(cell)) return;
      if (isPeriod(cell)) periods.push(j);
      else if (TIME_WORD.test(cell.trim())) timeWord = true;
      else ok = false;
    });
    if (!ok || periods.length < 2) continue;
    const labels: { at: number; text: string }[] = [];
    l.forEach((cell, j) => {
      if (!filled(cell)) return;
      const text = cell.trim();
      if (periods.includes(j) || isPeriod(text) || isNumber(text)) ok = false;
      labels.push({ at: j, text });
    });
    if (!ok || !labels.length) continue;
    // With no word for the periods, only labels that read as column names will do: a known
    // name, or capitals on a row that stops before the periods (never a data row's shape).
    const short = l.length <= Math.max(...periods);
    const named = (x: { text: string }) => LABEL_WORD.test(x.text) || (short && isCapitals(x.text));
    if (!timeWord && !labels.every(named)) continue;
    return { periodsRow, periods, labels };
  }
  return null;
}

/** `ECONOMY`, `PARTNER AREA`: a name written in capitals, as statistics offices write headers. */
function isCapitals(text: string): boolean {
  return /[A-Z]{2}/.test(text) && text === text.toUpperCase();
}

/**
 * Whether `upper` and `lower` form a split header over `below`, the first data row: a
 * number under one of the periods at least.
 */
export function isSplitHeader(
  upper: readonly string[] | undefined,
  lower: readonly string[] | undefined,
  below: readonly string[] | undefined,
): boolean {
  if (!upper || !lower || !below) return false;
  const split = splitHeader(upper, lower);
  return !!split && split.periods.some((j) => filled(below[j]) && isNumber(below[j]));
}

/** The names of a split header: each period from its row, each other column from the labels. */
export function joinSplitHeader(
  rows: readonly (readonly string[])[],
  split: SplitHeader,
  fieldCount: number,
  tidy: (cell: string | undefined) => string,
): string[] {
  const periods = rows[split.periodsRow];
  const names: string[] = [];
  for (let j = 0; j < fieldCount; j++) {
    const label = split.labels.find((x) => x.at === j);
    names.push(split.periods.includes(j) ? tidy(periods[j]) : label ? tidy(label.text) : '');
  }
  return names;
}

/**
 * What joining a split header did, said as an info issue on its first line: which line gave
 * the periods, which the labels.
 */
export function splitHeaderIssue(
  rows: readonly (readonly string[])[],
  lines: readonly number[],
): ImportIssue | null {
  if (rows.length !== 2) return null;
  const split = splitHeader(rows[0], rows[1]);
  if (!split) return null;
  const periodsLine = lines[split.periodsRow];
  const labelsLine = lines[1 - split.periodsRow];
  const periods = split.periods.map((j) => rows[split.periodsRow][j].trim());
  const span = periods.length > 2 ? `${periods[0]}…${periods.at(-1)}` : periods.join(', ');
  const labels = split.labels.map((x) => `“${x.text}”`).join(', ');
  return {
    line: Math.min(periodsLine, labelsLine),
    column: null,
    message:
      `Joined the header split over lines ${Math.min(periodsLine, labelsLine)}–` +
      `${Math.max(periodsLine, labelsLine)}: the periods (${span}) from line ${periodsLine}, ` +
      `the column name${split.labels.length > 1 ? 's' : ''} ${labels} from line ${labelsLine}.`,
    severity: 'info',
  };
}
