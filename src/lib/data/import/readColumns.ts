import { parsePeriod } from '../period';
import type { Column, ImportIssue } from '../table';
import { buildColumn } from './buildColumn';
import { cleanValues, type ColumnValues } from './cleanValues';
import { combineHeaderRows, dimensionHeader } from './headerNames';
import { inferColumnType } from './inferColumnType';
import { inferRole } from './inferRole';
import type { NumberStore } from './numberStore';
import { numberStoreColumn } from './numberStoreColumn';
import type { DecimalSeparator } from './parseNumber';
import type { RawTable } from './rawTable';
import { plural } from './rowIssues';
import { splitDimensions } from './splitDimensions';

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

/** The typed column of a draft, named `name`, with its role. */
export function typeColumn(
  draft: DraftColumn,
  name: string,
  rowCount: number,
  decimal: DecimalSeparator,
  rowLines: Int32Array,
  issues: ImportIssue[],
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
    );
    if ('type' in read) {
      read.role = inferRole(read, false);
      return read;
    }
    values = read;
  } else values = { ...draft, name };
  const decision = inferColumnType(values, { decimal, periodName: parsePeriod(name) !== null });
  const column = buildColumn(values, decision, rowLines, issues);
  column.role = inferRole(column, decision.code);
  return column;
}
