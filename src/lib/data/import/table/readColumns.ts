import { parsePeriod } from '../../period';
import type { Column, ImportIssue } from '../../table';
import { buildColumn } from './buildColumn';
import { cleanValues, type ColumnValues } from '../values/cleanValues';
import { combineHeaderRows, dimensionHeader } from '../shape/headerNames';
import { inferColumnType } from '../values/inferColumnType';
import { inferRole } from '../values/inferRole';
import type { NumberStore } from '../values/numberStore';
import { numberStoreColumn } from '../values/numberStoreColumn';
import { readNumbers } from '../values/readNumbers';
import type { DecimalSeparator } from '../values/parseNumber';
import type { RawTable } from './rawTable';
import { plural } from './rowIssues';
import { splitDimensions } from '../shape/splitDimensions';

/** A column before typing: its distinct values, or a column of numbers already read. */
export type DraftColumn = ColumnValues | { name: string; position: number; store: NumberStore };

/**
 * The columns as read from the first `rowCount` rows: named from the header, blank unnamed
 * ones dropped (with an info issue), Eurostat's `unit,geo\time` first column split.
 */
export function readColumns(
  raw: RawTable,
  rowCount: number,
  fieldCount: number,
  issues: ImportIssue[],
): DraftColumn[] {
  const names = combineHeaderRows(raw.header, fieldCount);
  let drafts: DraftColumn[] = [];
  let dropped = 0;
  names.forEach((name, j) => {
    const column = raw.columns[j];
    if (column.numbers) return void drafts.push({ name, position: j + 1, store: column.numbers });
    const values = cleanValues(name, j + 1, column.dictionary, column.codes, rowCount);
    if (name === '' && values.counts[0] === rowCount) dropped++;
    else drafts.push(values);
  });
  if (dropped > 0) {
    const message = `Dropped ${plural(dropped, 'empty column')} without a name.`;
    issues.push({ line: raw.headerLine, column: null, message, severity: 'info' });
  }
  const first = drafts[0];
  const dims = first && !('store' in first) ? dimensionHeader(first.name) : null;
  if (dims && first && !('store' in first)) {
    const { columns, mismatched } = splitDimensions(first, dims.dims);
    drafts = [...columns, ...drafts.slice(1)];
    if (mismatched > 0) {
      const message = `${mismatched} rows have a first cell that does not split into ${dims.dims.join(', ')}.`;
      issues.push({ line: null, column: dims.dims[0], message, severity: 'warning' });
    }
  }
  return drafts;
}

/**
 * The typed column of a draft, named `name`, with its role. With `inPlace`, the draft's
 * storage becomes the column's (the import is over, nothing reads the draft again).
 */
export function typeColumn(
  draft: DraftColumn,
  name: string,
  rowCount: number,
  decimal: DecimalSeparator,
  rowLines: Int32Array,
  issues: ImportIssue[],
  inPlace = false,
): Column {
  let values: ColumnValues;
  if ('store' in draft) {
    const read = numberStoreColumn(
      name,
      draft.position,
      draft.store,
      rowCount,
      decimal,
      rowLines,
      issues,
      inPlace,
    );
    if ('type' in read) {
      read.role = inferRole(read, false);
      return read;
    }
    values = read;
  } else values = { ...draft, name };
  const decision = inferColumnType(values, { decimal, periodName: parsePeriod(name) !== null });
  if (!decision.code && (decision.type === 'category' || decision.type === 'text')) {
    const why = mostlyNumbers(values, decimal, rowLines);
    if (why) issues.push(why);
  }
  const column = buildColumn(values, decision, rowLines, issues, inPlace);
  column.role = inferRole(column, decision.code);
  return column;
}

/**
 * A column read as text although most of its cells are numbers (below the four in five that
 * make a column numeric): an ambiguous reading worth a word, with the first cell that is not
 * a number and its line, since one stray cell can leave a chart with nothing to draw.
 */
function mostlyNumbers(
  values: ColumnValues,
  decimal: DecimalSeparator,
  rowLines: Int32Array,
): ImportIssue | null {
  const reading = readNumbers(values.dictionary, values.counts, decimal, 0.5);
  if (!reading) return null;
  let numbers = 0;
  let others = 0;
  for (let i = 1; i < values.dictionary.length; i++) {
    if (reading.unreadable[i]) others += values.counts[i];
    else if (Number.isFinite(reading.values[i])) numbers += values.counts[i];
  }
  if (numbers === 0 || others === 0) return null;
  let row = 0;
  while (row < values.codes.length && !reading.unreadable[values.codes[row]]) row++;
  const example = values.dictionary[values.codes[row]];
  const shown = example.length > 40 ? `${example.slice(0, 40)}…` : example;
  return {
    line: rowLines[row],
    column: values.name,
    severity: 'warning',
    message:
      `Read as text: ${numbers.toLocaleString('en')} of ${(numbers + others).toLocaleString('en')} ` +
      `filled cells are numbers, but others are not, such as “${shown}” on this line. If the ` +
      'column holds numbers, correct or empty those cells.',
  };
}
