import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Table } from '../data/table';
import { isTable } from '../data/transferTable';

/** A table the user imported, as kept in this browser (never sent anywhere). */
export interface StoredTable {
  id: string;
  savedAt: string;
  table: Table;
  /** The chart the user chose for it, as plain data. */
  config?: Record<string, unknown>;
}

interface Schema extends DBSchema {
  tables: { key: string; value: StoredTable };
}

let db: Promise<IDBPDatabase<Schema>> | null = null;

function open(): Promise<IDBPDatabase<Schema>> {
  if (typeof indexedDB === 'undefined') {
    return Promise.reject(
      Object.assign(new Error('IndexedDB is not available'), { name: 'unavailable' }),
    );
  }
  db ??= openDB<Schema>('tradelens', 1, {
    upgrade(database) {
      database.createObjectStore('tables', { keyPath: 'id' });
    },
  });
  return db;
}

/** Keeps a table (typed arrays and all) in IndexedDB. Rejects with the browser's error. */
export async function saveTable(record: StoredTable): Promise<void> {
  await (await open()).put('tables', record);
}

/** Every stored table, oldest first; records that are no longer tables are skipped. */
export async function listTables(): Promise<StoredTable[]> {
  const all = await (await open()).getAll('tables');
  return all.filter((r) => isTable(r.table)).sort((a, b) => a.savedAt.localeCompare(b.savedAt));
}

export async function deleteTable(id: string): Promise<void> {
  await (await open()).delete('tables', id);
}
