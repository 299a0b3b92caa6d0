import type { Column, Table } from './table';

/**
 * The typed-array buffers a table owns, so a worker can transfer (not copy) them to the page.
 * Dictionaries and provenance are small and travel by structured clone.
 */
export function tableTransferables(table: Table): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (a: { buffer: ArrayBufferLike } | undefined) => {
    if (a && a.buffer instanceof ArrayBuffer) buffers.add(a.buffer);
  };
  for (const c of table.columns as Column[]) {
    if (c.type === 'number') {
      add(c.values);
      add(c.flags?.codes);
    } else {
      add(c.codes);
      add(c.keys);
    }
  }
  return [...buffers];
}

/** Checks that a message from a worker or from storage has the shape of a Table. */
export function isTable(value: unknown): value is Table {
  if (!value || typeof value !== 'object') return false;
  const t = value as Partial<Table>;
  return (
    typeof t.id === 'string' &&
    typeof t.name === 'string' &&
    typeof t.rowCount === 'number' &&
    Array.isArray(t.columns) &&
    Array.isArray(t.issues) &&
    typeof t.provenance === 'object' &&
    t.columns.every((c) =>
      c.type === 'number'
        ? c.values instanceof Float64Array && c.values.length >= (t.rowCount ?? 0)
        : c.codes instanceof Int32Array && Array.isArray(c.dictionary),
    )
  );
}
