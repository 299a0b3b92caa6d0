import { parsePeriod } from '../../period';
import type { ColumnType } from '../../table';
import type { ColumnValues } from './cleanValues';
import { isMissingMarker } from './missingMarkers';
import { isCodeName, isTimeName } from '../shape/nameWords';
import type { DecimalSeparator } from './parseNumber';
import { parseIsoDate } from './parseIsoDate';
import { readNumbers, type NumberReading } from './readNumbers';

/** A column's type, and for numbers how its values read. */
export interface ColumnTypeDecision {
  type: ColumnType;
  /** Codes keep every value as written: only empty cells are missing. */
  code: boolean;
  numbers?: NumberReading;
}

export interface TypeHints {
  /** Decimal separator when the values do not tell (a `;` file suggests a decimal comma). */
  decimal: DecimalSeparator;
  /** The column's name is a period (a wide table's `2003`): all-missing means number. */
  periodName?: boolean;
}

const PLAIN_YEAR = /^\d{4}$/;

/** Whether `test` holds for every filled value (present in some row, not a missing marker). */
function everyFilled(column: ColumnValues, test: (s: string) => boolean): boolean {
  const { dictionary, counts } = column;
  for (let i = 1; i < dictionary.length; i++) {
    if (counts[i] > 0 && !isMissingMarker(dictionary[i]) && !test(dictionary[i])) return false;
  }
  return true;
}

/** Values with a leading zero (`0101`, `00`) are codes: a number would lose the zero. */
const leadingZero = (s: string) =>
  s.length > 1 && s.charCodeAt(0) === 48 && s.charCodeAt(1) >= 48 && s.charCodeAt(1) <= 57;

/** Very long labels (notes), or long and mostly unique ones, are text; the rest categories. */
function categoryOrText({ dictionary, counts }: ColumnValues): ColumnType {
  let length = 0;
  let cells = 0;
  let distinct = 0;
  for (let i = 1; i < dictionary.length; i++) {
    if (counts[i] === 0 || isMissingMarker(dictionary[i])) continue;
    length += dictionary[i].length;
    cells += counts[i];
    distinct++;
  }
  const mean = length / distinct;
  const mostlyUnique = distinct > 20 && distinct > 0.5 * cells;
  return mean > 80 || (mostlyUnique && mean > 20) ? 'text' : 'category';
}

/**
 * The type of a column, decided from all its distinct values and its name: dates (ISO),
 * periods (`2022Q1`, `Mar 2022`; plain years only under a time-like name such as `Year`),
 * codes (code-like names, leading zeros) as text, numbers when at least 80% of the filled
 * cells read as numbers, else category or text.
 */
export function inferColumnType(column: ColumnValues, hints: TypeHints): ColumnTypeDecision {
  const codeName = isCodeName(column.name);
  if (everyFilled(column, () => false)) {
    return { type: hints.periodName && !codeName ? 'number' : 'category', code: codeName };
  }
  if (codeName) return { type: categoryOrText(column), code: true };
  if (everyFilled(column, (s) => !Number.isNaN(parseIsoDate(s))))
    return { type: 'date', code: false };
  if (everyFilled(column, (s) => parsePeriod(s) !== null)) {
    if (isTimeName(column.name) || !everyFilled(column, (s) => PLAIN_YEAR.test(s))) {
      return { type: 'period', code: false };
    }
  }
  if (!everyFilled(column, (s) => !leadingZero(s)))
    return { type: categoryOrText(column), code: true };
  const numbers = readNumbers(column.dictionary, column.counts, hints.decimal);
  if (numbers) return { type: 'number', code: false, numbers };
  return { type: categoryOrText(column), code: false };
}
