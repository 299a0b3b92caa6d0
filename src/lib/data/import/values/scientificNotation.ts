import type { ImportIssue } from '../../table';

/** A number written in scientific notation: its significant figures and its exponent. */
export interface Scientific {
  figures: number;
  exponent: number;
}

const SCIENTIFIC = /^\s*[-+]?(\d*)(?:\.(\d*))?[eE]([-+]?\d{1,3})\s*$/;

/**
 * The significant figures and power of ten of `1.12339E+11` (6, 11); null for a number
 * written otherwise. Trailing zeros written in the mantissa count (`1.50E+3` has 3 figures).
 */
export function readScientific(s: string): Scientific | null {
  const m = SCIENTIFIC.exec(s);
  if (!m || m[1].length + (m[2]?.length ?? 0) === 0) return null;
  const digits = (m[1] + (m[2] ?? '')).replace(/^0+/, '');
  if (digits.length === 0) return null;
  // The power of ten of the first significant digit: `0.05E+3` is 5E+1.
  const lead = m[1].replace(/^0+/, '');
  const shift = lead.length > 0 ? lead.length - 1 : -(m[2] ?? '').search(/[1-9]/) - 1;
  return { figures: digits.length, exponent: Number(m[3]) + shift };
}

/** Per power of ten: how many cells, and the first one (its row and text). */
interface AtExponent {
  count: number;
  row: number;
  text: string;
}

/**
 * The cells of a column written in scientific notation, kept small (one entry per power of
 * ten) so that parts of a file read apart can be merged. Plain data: it crosses threads.
 */
export interface ScientificTally {
  /** The most significant figures any of them has: the precision the writer kept. */
  figures: number;
  byExponent: Map<number, AtExponent>;
}

export const emptyTally = (): ScientificTally => ({ figures: 0, byExponent: new Map() });

/** Counts cell `text` of row `row` when it is in scientific notation. */
export function tallyScientific(tally: ScientificTally, row: number, text: string): void {
  const read = readScientific(text);
  if (!read) return;
  tally.figures = Math.max(tally.figures, read.figures);
  const at = tally.byExponent.get(read.exponent);
  if (!at) tally.byExponent.set(read.exponent, { count: 1, row, text: text.trim() });
  else {
    at.count++;
    if (row < at.row) [at.row, at.text] = [row, text.trim()];
  }
}

/** `from`'s cells added to `into`, their rows moved down by `offset`. */
export function mergeTallies(into: ScientificTally, from: ScientificTally, offset: number): void {
  into.figures = Math.max(into.figures, from.figures);
  for (const [exponent, at] of from.byExponent) {
    const mine = into.byExponent.get(exponent);
    if (!mine) into.byExponent.set(exponent, { ...at, row: at.row + offset });
    else {
      mine.count += at.count;
      if (at.row + offset < mine.row) [mine.row, mine.text] = [at.row + offset, at.text];
    }
  }
}

/** Below this many figures a short mantissa (`1.5E+3`) is a round number, not a cut one. */
const MIN_CUT_FIGURES = 3;

/**
 * The issue for the cells of a column that scientific notation rounded, or null. The writer's
 * precision is the most figures any such cell has (a spreadsheet keeps six and drops trailing
 * zeros); a cell is rounded when that precision stops above the units (`1.12339E+11` is
 * 112,339 million, give or take half a million), not when its digits reach them
 * (`1.12339E+5`), nor when no cell has more than two figures (`1.5E+3` is 1,500).
 */
export function scientificIssue(
  tally: ScientificTally,
  column: string,
  rowLines: Int32Array,
): ImportIssue | null {
  const figures = tally.figures;
  if (figures < MIN_CUT_FIGURES) return null;
  let count = 0;
  let first: Cell | null = null;
  let largest: Cell | null = null;
  for (const [exponent, at] of tally.byExponent) {
    if (exponent < figures) continue;
    count += at.count;
    // Half the step of the last figure the writer kept, at this power of ten.
    const cell = {
      half: 10 ** (exponent - figures + 1) / 2,
      line: rowLines[at.row] ?? null,
      row: at.row,
      text: at.text,
    };
    if (!largest || cell.half > largest.half) largest = cell;
    if (!first || at.row < first.row) first = cell;
  }
  if (!first || !largest) return null;
  return rounding({ count, figures, first, largest, columns: [column] });
}

/** A cell written short: where, as written, and how far its value can be from what it rounds. */
interface Cell {
  half: number;
  line: number | null;
  row: number;
  text: string;
}

/** What a rounding issue says, kept so that the issues of a wide table's columns can join. */
interface Rounding {
  count: number;
  figures: number;
  /** The first cell written short, and the one rounded the most (the largest). */
  first: Cell;
  largest: Cell;
  columns: string[];
}

const roundings = new WeakMap<ImportIssue, Rounding>();

const within = (c: Cell) => `±${c.half.toLocaleString('en')}`;

function rounding(r: Rounding): ImportIssue {
  const many = r.count > 1;
  const where =
    r.columns.length === 1
      ? `“${r.columns[0]}”`
      : `${r.columns.length} columns (“${r.columns[0]}” to “${r.columns[r.columns.length - 1]}”)`;
  const { first, largest } = r;
  // Each rounding goes with the value it belongs to: a file of small and huge values (an
  // inflation index of 3.19E+13 beside one of 9.14E+17) is rounded by very different amounts.
  const by =
    largest.half > first.half
      ? `that one to within ${within(first)}, and the largest (line ${largest.line}: ` +
        `${largest.text}) to within ${within(largest)}`
      : `here to within ${within(first)}`;
  const issue: ImportIssue = {
    line: first.line,
    column: r.columns.length === 1 ? r.columns[0] : null,
    severity: 'warning',
    message:
      `${r.count.toLocaleString('en')} ${many ? 'values' : 'value'} in ${where} ` +
      `${many ? 'are' : 'is'} written in scientific notation with ${r.figures} significant ` +
      `figures (first on line ${first.line}: ${first.text}), a form spreadsheets use for large ` +
      `numbers: the file rounds ${many ? 'them' : 'it'}, ${by}.`,
  };
  roundings.set(issue, r);
  return issue;
}

/**
 * The rounding issues of a wide table's year columns (IMF WEO's `2017` … `2024`) as one, so
 * that one row written short does not fill the import notes; two or fewer stay as they are.
 */
export function joinScientificIssues(issues: ImportIssue[]): ImportIssue[] {
  const own = issues.filter((i) => roundings.has(i));
  if (own.length <= 2) return issues;
  const parts = own.map((i) => roundings.get(i)!);
  const earliest = (a: Cell, b: Cell) => ((b.line ?? Infinity) < (a.line ?? Infinity) ? b : a);
  const joined = rounding({
    count: parts.reduce((n, p) => n + p.count, 0),
    figures: Math.max(...parts.map((p) => p.figures)),
    first: parts.map((p) => p.first).reduce(earliest),
    largest: parts.map((p) => p.largest).reduce((a, b) => (b.half > a.half ? b : a)),
    columns: parts.flatMap((p) => p.columns),
  });
  const at = issues.indexOf(own[0]);
  const rest = issues.filter((i) => !roundings.has(i));
  return [...rest.slice(0, at), joined, ...rest.slice(at)];
}
