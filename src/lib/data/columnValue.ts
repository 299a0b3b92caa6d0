import type { Column, Table } from './table';

/** One cell as a plain value: number, string, or null when missing. */
export function columnValue(column: Column, row: number): number | string | null {
  if (column.type === 'number') {
    const v = column.values[row];
    return Number.isNaN(v) ? null : v;
  }
  const code = column.codes[row];
  return code < 0 ? null : column.dictionary[code];
}

/** The column with this name, or undefined. */
export function findColumn(table: Table, name: string): Column | undefined {
  return table.columns.find((c) => c.name === name);
}

/** The column with this name; throws for a programming error (a name the caller should know). */
export function getColumn(table: Table, name: string): Column {
  const column = findColumn(table, name);
  if (!column) throw new Error(`Table "${table.name}" has no column "${name}"`);
  return column;
}

/** Sortable key of a period/date cell, or the number itself; NaN when missing. */
export function columnKey(column: Column, row: number): number {
  if (column.type === 'number') return column.values[row];
  const code = column.codes[row];
  if (code < 0) return NaN;
  return column.keys ? column.keys[code] : code;
}
