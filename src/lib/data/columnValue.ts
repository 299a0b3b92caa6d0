import type { Column, NumberColumn, Table, TextColumn } from './table';

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

/** The first category column of this role (`reporter`, `partner`), or undefined. */
export function roleColumn(table: Table, role: string): TextColumn | undefined {
  return table.columns.find((c): c is TextColumn => c.type === 'category' && c.role === role);
}

/** Roles of a number column that holds figures, not years, codes, units or notes. */
const FIGURES = new Set([undefined, 'measure', 'other']);

/** The number columns that hold figures. */
export function figureColumns(table: Table): NumberColumn[] {
  return table.columns.filter((c): c is NumberColumn => c.type === 'number' && FIGURES.has(c.role));
}

/** Sortable key of a period/date cell, or the number itself; NaN when missing. */
export function columnKey(column: Column, row: number): number {
  if (column.type === 'number') return column.values[row];
  const code = column.codes[row];
  if (code < 0) return NaN;
  return column.keys ? column.keys[code] : code;
}
