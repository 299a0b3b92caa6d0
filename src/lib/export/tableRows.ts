import { columnValue, getColumn } from '../data/columnValue';
import type { Table } from '../data/table';
import type { Cell } from './neutraliseCell';

/** A chart's data as plain rows: what CSV export and the embed's fallback table take. */
export interface PlainTable {
  columns: string[];
  rows: Cell[][];
}

/**
 * A table's columns (all, or those named, in that order) as plain rows: numbers as numbers,
 * text as text, a missing value as null.
 */
export function tableRows(table: Table, names?: string[]): PlainTable {
  const columns = names ? names.map((n) => getColumn(table, n)) : table.columns;
  const rows: Cell[][] = [];
  for (let r = 0; r < table.rowCount; r++) rows.push(columns.map((c) => columnValue(c, r)));
  return { columns: columns.map((c) => c.name), rows };
}
