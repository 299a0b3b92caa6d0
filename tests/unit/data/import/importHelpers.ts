import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { columnValue, findColumn } from '../../../../src/lib/data/columnValue';
import { importCsv, type ImportOptions, type ImportResult } from '../../../../src/lib/data/import';
import type { Column, Table } from '../../../../src/lib/data/table';

/** A fixed day, so citations are deterministic. */
export const ACCESSED = '2024-05-01';

const root = resolve(import.meta.dirname, '../../../..');

/** Bytes of a file under tests/fixtures/real/. */
export function fixtureBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(root, 'tests/fixtures/real', path)));
}

/** Imports text (UTF-8) or bytes; fails the test with the importer's message when refused. */
export function importOk(input: string | Uint8Array, options: Partial<ImportOptions> = {}) {
  const result = importAny(input, options);
  if (!result.ok) throw new Error(`import refused: ${result.error}`);
  return result;
}

export function importAny(
  input: string | Uint8Array,
  options: Partial<ImportOptions> = {},
): ImportResult {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  return importCsv(bytes, { name: 'test.csv', accessed: ACCESSED, ...options });
}

/** The column named `name`; fails when there is none. */
export function col(table: Table, name: string): Column {
  const column = findColumn(table, name);
  if (!column)
    throw new Error(`no column "${name}" in ${table.columns.map((c) => c.name).join(', ')}`);
  return column;
}

/** A cell as a plain value (number, label or null). */
export function cell(table: Table, name: string, row: number): number | string | null {
  return columnValue(col(table, name), row);
}

/** The first row whose column `name` holds `value`. */
export function rowWhere(table: Table, name: string, value: string | number): number {
  const column = col(table, name);
  for (let r = 0; r < table.rowCount; r++) if (columnValue(column, r) === value) return r;
  throw new Error(`no row with ${name} = ${value}`);
}

/** Column name → type, in order. */
export function types(table: Table): Record<string, string> {
  return Object.fromEntries(table.columns.map((c) => [c.name, c.type]));
}

/** Column names, types and every cell: what must match between a file and its twin. */
export function tableContent(table: Table) {
  return {
    columns: table.columns.map((c) => [c.name, c.type, c.role]),
    rows: Array.from({ length: table.rowCount }, (_, r) =>
      table.columns.map((c) => columnValue(c, r)),
    ),
    issues: table.issues.map((i) => [i.line, i.column, i.message]),
  };
}
