import type { ImportIssue, NumberColumn } from '../../table';
import type { ColumnValues } from './cleanValues';
import { MAX_CELL_ISSUES } from '../importLimits';
import { isMissingMarker } from './missingMarkers';
import {
  COMMA_ONLY,
  EMPTY,
  POINT_ONLY,
  TWO_WAYS,
  WRITTEN,
  isNumberTag,
  type NumberStore,
} from './numberStore';
import { parseNumber, type DecimalSeparator } from './parseNumber';
import { splitFlag } from '../shape/splitFlag';
import { scientificIssue } from './scientificNotation';

/** Flags and unreadable cells among the cells kept as written; flagged numbers join the rest. */
function sortWritten(store: NumberStore, rows: number) {
  const flags = new Map<number, string>();
  const unreadable: number[] = [];
  for (const [row, s] of store.written) {
    if (row >= rows) continue;
    const text = s.trim();
    const flagged = splitFlag(text);
    const value = flagged ? flagged[0] : text;
    if (flagged) flags.set(row, flagged[1]);
    if (isMissingMarker(value)) continue;
    const d = parseNumber(value);
    const c = parseNumber(value, { decimal: ',' });
    if (d === d || c === c) store.set(row, d, c);
    else unreadable.push(row);
  }
  return { flags, unreadable };
}

/**
 * Makes `values` (the store's values, or a copy) the chosen reading of each cell, no number
 * (NaN) where a cell is none or reads only the other way; returns the rows of the latter: none,
 * unless the column mixes the two.
 */
function chooseReading(values: Float64Array, store: NumberStore, decimal: DecimalSeparator) {
  const { tags, comma } = store;
  const other = decimal === '.' ? COMMA_ONLY : POINT_ONLY;
  const bad: number[] = [];
  for (let r = 0; r < values.length; r++) {
    const tag = tags[r];
    if (tag === EMPTY || tag === WRITTEN) values[r] = NaN;
    else if (tag === other) {
      values[r] = NaN;
      bad.push(r);
    } else if (tag === TWO_WAYS && decimal === ',') values[r] = comma![r];
  }
  return bad;
}

/**
 * The number column of a NumberStore, typed like a dictionary column: the decimal separator
 * the values prove (else `fallback`), unreadable cells as issues (capped), Eurostat flags kept.
 * Returns the cells as text instead when fewer than 80% of the filled cells are numbers. With
 * `inPlace`, the chosen reading's array becomes the column's values (the store is done).
 */
export function numberStoreColumn(
  name: string,
  position: number,
  store: NumberStore,
  rows: number,
  fallback: DecimalSeparator,
  rowLines: Int32Array,
  issues: ImportIssue[],
  inPlace = false,
): NumberColumn | ColumnValues {
  const { flags, unreadable } = sortWritten(store, rows);
  const { tags } = store;
  let numbers = 0;
  let dotOnly = 0;
  let commaOnly = 0;
  for (let r = 0; r < rows; r++) {
    const tag = tags[r];
    if (!isNumberTag(tag)) continue;
    numbers++;
    if (tag === POINT_ONLY) dotOnly++;
    else if (tag === COMMA_ONLY) commaOnly++;
  }
  if (numbers === 0 || unreadable.length > 0.2 * (numbers + unreadable.length))
    return asText(name, position, store, rows, issues);
  const decimal = commaOnly > dotOnly ? ',' : dotOnly > commaOnly ? '.' : fallback;
  const values = inPlace ? store.values.subarray(0, rows) : store.values.slice(0, rows);
  const bad = [...unreadable, ...chooseReading(values, store, decimal)];
  bad.sort((a, b) => a - b);
  // A number of the other reading was not kept as written: said by its separators instead.
  const other =
    decimal === '.'
      ? 'A number with a decimal comma, in a column of decimal points'
      : 'A number with a decimal point, in a column of decimal commas';
  bad.slice(0, MAX_CELL_ISSUES).forEach((r) => {
    const text = store.written.get(r);
    issues.push({
      line: rowLines[r],
      column: name,
      message:
        text === undefined
          ? `${other}: the cell is left empty.`
          : `"${text.trim()}" is not a number; the cell is left empty.`,
      severity: 'warning',
    });
  });
  if (bad.length > MAX_CELL_ISSUES) {
    const message = `${bad.length - MAX_CELL_ISSUES} more cells that are not numbers were left empty.`;
    issues.push({ line: null, column: name, message, severity: 'warning' });
  }
  if (dotOnly === 0 && commaOnly === 0 && store.ambiguousExample !== null) {
    const as = decimal === '.' ? 'a thousands separator' : 'a decimal separator';
    const example = store.ambiguousExample;
    const message =
      `Values such as "${example}" can be read two ways; ${example.includes(',') ? 'the comma' : 'the dot'} was read as ` +
      `${as}, and no value in the column tells which is meant. Check the numbers.`;
    issues.push({ line: null, column: name, message, severity: 'warning' });
  }
  const rounded = scientificIssue(store.scientific, name, rowLines.subarray(0, rows));
  if (rounded) issues.push(rounded);
  const column: NumberColumn = { name, type: 'number', values };
  if (flags.size > 0) {
    const dictionary = [...new Set(flags.values())];
    const codes = new Int32Array(rows).fill(-1);
    for (const [row, flag] of flags) codes[row] = dictionary.indexOf(flag);
    column.flags = { codes, dictionary };
  }
  return column;
}

/** The rare column that looked numeric at first and is mostly text further down. */
function asText(
  name: string,
  position: number,
  store: NumberStore,
  rows: number,
  issues: ImportIssue[],
): ColumnValues {
  const dictionary = [''];
  const index = new Map([['', 0]]);
  const codes = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    const s = store.tags[r] === EMPTY ? '' : store.value(r).trim();
    let code = index.get(s);
    if (code === undefined) index.set(s, (code = dictionary.push(s) - 1));
    codes[r] = code;
  }
  const counts = new Int32Array(dictionary.length);
  for (let r = 0; r < rows; r++) counts[codes[r]]++;
  const message =
    'This column held only numbers in its first rows but mostly text further down; its numbers are shown in plain form.';
  issues.push({ line: null, column: name, message, severity: 'info' });
  return { name, position, dictionary, codes, counts };
}
