import type { Column, Table } from '../data/table';

/** Codes in the narrowest signed array that holds them (-1 is missing), in a new buffer. */
function narrow(codes: Int32Array, entries: number): Int32Array | Int16Array | Int8Array {
  if (entries <= 0x7f) return new Int8Array(codes);
  if (entries <= 0x7fff) return new Int16Array(codes);
  return codes.slice();
}

// Only packed codes are widened: anything else is left for isTable to judge.
const widen = (codes: Int32Array): Int32Array =>
  (codes as unknown) instanceof Int8Array || (codes as unknown) instanceof Int16Array
    ? new Int32Array(codes)
    : codes;

/**
 * The table as kept in IndexedDB: the codes of a column with a short dictionary (reporters,
 * flows, years) in one or two bytes a row, not four. A million-row table is then a much
 * smaller write, held in memory twice over while storage takes it. Every array is a copy, so
 * the table's own buffers can be transferred once this returns. Typed as a Table for storage
 * only: unpackTable makes it one again.
 */
export function packTable(table: Table): Table {
  return {
    ...table,
    columns: table.columns.map((c): Column => {
      if (c.type !== 'number') {
        const codes = narrow(c.codes, c.dictionary.length) as Int32Array;
        return { ...c, codes, keys: c.keys?.slice() };
      }
      const values = c.values.slice();
      if (!c.flags) return { ...c, values };
      const codes = narrow(c.flags.codes, c.flags.dictionary.length) as Int32Array;
      return { ...c, values, flags: { ...c.flags, codes } };
    }),
  };
}

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
