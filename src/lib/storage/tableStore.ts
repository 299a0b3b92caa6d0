import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ColumnRole, Table } from '../data/table';
import { isTable } from '../data/transferTable';
import { packTable, unpackTable } from './packTable';
import type { Citation } from '../provenance/citation';

/** A table the user imported, as kept in this browser (never sent anywhere). */
export interface StoredTable {
  id: string;
  savedAt: string;
  table: Table;
}

/**
 * What the reader changed about a stored table (column roles, its source): kept apart from the
 * table so a change never rewrites, or clones, a million rows.
 */
export interface TablePatch {
  id: string;
  roles?: Record<string, ColumnRole>;
  citation?: Citation;
}

interface Schema extends DBSchema {
  tables: { key: string; value: StoredTable };
  patches: { key: string; value: TablePatch };
}

let db: Promise<IDBPDatabase<Schema>> | null = null;

function open(): Promise<IDBPDatabase<Schema>> {
  if (typeof indexedDB === 'undefined') {
    return Promise.reject(
      Object.assign(new Error('IndexedDB is not available'), { name: 'unavailable' }),
    );
  }
  db ??= openDB<Schema>('tradelens', 2, {
    upgrade(database) {
      if (!database.objectStoreNames.contains('tables'))
        database.createObjectStore('tables', { keyPath: 'id' });
      if (!database.objectStoreNames.contains('patches'))
        database.createObjectStore('patches', { keyPath: 'id' });
    },
  });
  return db;
}

/**
 * Keeps a table (typed arrays and all) in IndexedDB. Rejects with the browser's error. The
 * copy it keeps is taken before it returns: the caller may transfer the table's buffers then.
 */
export function saveTable(record: StoredTable): Promise<void> {
  const kept = { ...record, table: packTable(record.table) };
  return open().then(async (db) => {
    await db.put('tables', kept);
  });
}

/** Keeps the reader's changes to a stored table. */
export async function savePatch(patch: TablePatch): Promise<void> {
  await (await open()).put('patches', patch);
}

/** Applies a patch to a table: roles by column name, then the citation first in line. */
export function applyPatch(table: Table, patch: TablePatch | undefined): Table {
  if (!patch) return table;
  const roles = patch.roles ?? {};
  return {
    ...table,
    columns: table.columns.map((c) => (roles[c.name] ? { ...c, role: roles[c.name] } : c)),
    provenance: patch.citation
      ? { ...table.provenance, citations: [patch.citation, ...table.provenance.citations.slice(1)] }
      : table.provenance,
  };
}

/** Every stored table with the reader's changes, oldest first; broken records are skipped. */
export async function listTables(): Promise<StoredTable[]> {
  const database = await open();
  const [all, patches] = await Promise.all([database.getAll('tables'), database.getAll('patches')]);
  const byId = new Map(patches.map((p) => [p.id, p]));
  return all
    .map((r) => ({ ...r, table: unpackTable(r.table) }))
    .filter((r) => isTable(r.table))
    .map((r) => ({ ...r, table: applyPatch(r.table, byId.get(r.id)) }))
    .sort((a, b) => a.savedAt.localeCompare(b.savedAt));
}

export async function deleteTable(id: string): Promise<void> {
  const database = await open();
  await Promise.all([database.delete('tables', id), database.delete('patches', id)]);
}
