import type { Column, Table } from '../data/table';

// Tables kept whole (before pieces) have short dictionaries' codes in Int8Array or Int16Array.
// Only packed codes are widened: anything else is left for isTable to judge.
const widen = (codes: Int32Array): Int32Array =>
  (codes as unknown) instanceof Int8Array || (codes as unknown) instanceof Int16Array
    ? new Int32Array(codes)
    : codes;

/** A stored table with its codes back in Int32Array, as every reader of a table expects. */
export function unpackTable(table: Table): Table {
  if (!Array.isArray(table?.columns)) return table;
  return {
    ...table,
    columns: table.columns.map((c): Column => {
      if (c.type !== 'number') return { ...c, codes: widen(c.codes) };
      if (!c.flags?.codes) return c;
      return { ...c, flags: { ...c.flags, codes: widen(c.flags.codes) } };
    }),
  };
}
