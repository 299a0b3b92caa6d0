import { parsePeriod } from '../../period';
import { isBlankRecord } from '../text/chooseDelimiter';
import { parseNumber } from '../values/parseNumber';
import { isSplitHeader } from './splitHeader';

/** Where the header is among the records, how many rows it spans, and the fields per record. */
export interface HeaderGuess {
  /** Records (blank lines included) before the header. */
  index: number;
  rows: 1 | 2;
  fieldCount: number;
}

const isFilled = (cell: string | undefined) => cell !== undefined && cell.trim() !== '';

function filled(row: readonly string[]): number {
  let n = 0;
  for (const cell of row) if (isFilled(cell)) n++;
  return n;
}

function lastFilled(row: readonly string[]): number {
  for (let j = row.length - 1; j >= 0; j--) if (isFilled(row[j])) return j + 1;
  return 0;
}

function isNumberCell(s: string): boolean {
  return !Number.isNaN(parseNumber(s)) || !Number.isNaN(parseNumber(s, { decimal: ',' }));
}

/** A row that names some label twice (`China, Russia, China, Russia`): it sits under groups. */
function repeatsNames(row: readonly string[]): boolean {
  const seen = new Set<string>();
  for (const cell of row) {
    const s = cell.trim().toLowerCase();
    if (s === '') continue;
    if (seen.has(s)) return true;
    seen.add(s);
  }
  return false;
}

/**
 * A second header row: the first has gaps inside (merged cells: `Exports,,Imports,`), this row
 * fills them with labels or periods, no plain numbers, and the row below holds numbers.
 */
function isSecondHeader(
  head: readonly string[],
  next?: readonly string[],
  below?: readonly string[],
) {
  if (!next || !below || isBlankRecord(next)) return false;
  const first = head.findIndex(isFilled);
  const gap = head.some(
    (cell, j) => j > first && j < lastFilled(head) && !isFilled(cell) && isFilled(next[j]),
  );
  if (!gap) return false;
  let labels = 0;
  for (const cell of next) {
    const s = cell.trim();
    if (s === '') continue;
    if (isNumberCell(s) && !parsePeriod(s)) return false;
    labels++;
  }
  return labels >= 2 && below.some((cell, j) => isFilled(next[j]) && isNumberCell(cell.trim()));
}

/**
 * A comment line above the table (`# Source: World Bank, WDI`, `## Units: US$ millions`), as
 * many exports write their notes: never the header, whatever its commas make of it. A column
 * named `#` (a row number) is no comment.
 */
const COMMENT = /^\s*#+\s+\S/;
const isComment = (row: readonly string[]) => COMMENT.test(row[0] ?? '');

/**
 * The header: the first record (from `from`) with the usual field count whose filled cells are
 * at least half as many as a typical record's, so title rows, notes, `# comment` lines and
 * `;;;;` lines above it are skipped. Falls back to the first record with any filled cell that
 * is no comment; null when there is none.
 */
export function findHeader(
  rows: readonly (readonly string[])[],
  fields: number,
  from = 0,
): HeaderGuess | null {
  const usual = (row: readonly string[]) =>
    row.length >= fields - 1 && lastFilled(row) <= fields + 1;
  const fills = rows
    .slice(from)
    .filter(usual)
    .map(filled)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  const typical = fills[Math.floor(fills.length / 2)] ?? 1;
  const need = fields <= 1 ? 1 : Math.max(2, Math.ceil(typical / 2));
  let index = -1;
  for (let i = from; i < rows.length && index < 0; i++) {
    if (usual(rows[i]) && filled(rows[i]) >= need && !isComment(rows[i])) index = i;
  }
  for (let i = from; i < rows.length && index < 0; i++)
    if (filled(rows[i]) > 0 && !isComment(rows[i])) index = i;
  if (index < 0) return null;
  // A labels row above the periods row that was found (too sparse to be found itself), or a
  // row of merged group cells (`Exports,,Imports,`) over names that repeat under each group.
  const above = index > from && !isComment(rows[index - 1]);
  if (above && isSplitHeader(rows[index - 1], rows[index], rows[index + 1])) index--;
  else if (
    above &&
    repeatsNames(rows[index]) &&
    isSecondHeader(rows[index - 1], rows[index], rows[index + 1])
  )
    index--;
  const two =
    isSecondHeader(rows[index], rows[index + 1], rows[index + 2]) ||
    isSplitHeader(rows[index], rows[index + 1], rows[index + 2]);
  const widest = Math.max(rows[index].length, two ? rows[index + 1].length : 0);
  return { index, rows: two ? 2 : 1, fieldCount: Math.max(fields, widest) };
}
