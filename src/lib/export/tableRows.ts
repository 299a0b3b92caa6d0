import { columnValue, getColumn } from '../data/columnValue';
import type { NumberColumn, Table } from '../data/table';
import type { Cell } from './neutraliseCell';

/** A chart's data as plain rows: what CSV export and the embed's fallback table take. */
export interface PlainTable {
  columns: string[];
  rows: Cell[][];
}

/** A number column's flag on one row (`e`, `p`), or null. */
const flagCell = (c: NumberColumn, r: number): Cell => {
  const code = c.flags!.codes[r];
  return code < 0 ? null : c.flags!.dictionary[code];
};

/**
 * A table's columns (all, or those named, in that order) as plain rows: numbers as numbers,
 * text as text, a missing value as null; a column whose values carry flags (estimates,
 * Eurostat's `p`) is followed by `<name> flag`.
 */
export function tableRows(table: Table, names?: string[]): PlainTable {
  const columns = names ? names.map((n) => getColumn(table, n)) : table.columns;
  const flagged = columns.map((c) => (c.type === 'number' && c.flags ? c : null));
  const rows: Cell[][] = [];
  for (let r = 0; r < table.rowCount; r++)
    rows.push(
      columns.flatMap((c, k) => {
        const f = flagged[k];
        return f ? [columnValue(c, r), flagCell(f, r)] : [columnValue(c, r)];
      }),
    );
  const header = columns.flatMap((c, k) => (flagged[k] ? [c.name, `${c.name} flag`] : [c.name]));
  return { columns: header, rows };
}
