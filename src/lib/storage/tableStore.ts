import type { ChartState } from '../export/urlState';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ColumnRole, Table } from '../data/table';
import { isTable } from '../data/transferTable';
import { unpackTable } from './unpackTable';
import type { Citation } from '../data/citation';
import { nextTask } from '../schedule/nextTask';
import { emptyColumns, putPiece, type PieceArray, type TableHead } from './tablePieces';
import { writeTable, type TableSink, type WriteSteps } from './writeTable';

/** A table the user imported, as kept in this browser (never sent anywhere). */
export interface StoredTable {
  id: string;
  savedAt: string;
  table: Table;
  /** The chart as the reader left it, when they changed it. */
  chart?: ChartState;
}

/**
 * What the reader changed about a stored table (column roles, its source): kept apart from the
 * table so a change never rewrites, or clones, a million rows.
 */
export interface TablePatch {
  id: string;
  roles?: Record<string, ColumnRole>;
  citation?: Citation;
  /** The chart as the reader left it: type, columns, series, view and edits. */
  chart?: ChartState;
  /**
   * Deleted by the reader, with Undo still offered: a small write that takes effect at once,
   * where deleting a large table's pieces may outlast the page. Such tables are not listed, and
   * are deleted for good when next listed.
   */
  deleted?: boolean;
}

/** A table kept in pieces: the head here, the row arrays in the `pieces` store. */
interface StoredHead {
  id: string;
  savedAt: string;
  head: TableHead;
}

type PieceKey = [id: string, column: number, array: PieceArray, index: number];

interface Schema extends DBSchema {
  /** Tables kept whole (before pieces) or as a head. */
  tables: { key: string; value: StoredTable | StoredHead };
  patches: { key: string; value: TablePatch };
  pieces: { key: PieceKey; value: Float64Array | Int32Array | Int16Array | Int8Array };
}

/** Every piece key of one table. */
const piecesOf = (id: string) => IDBKeyRange.bound([id], [id, []]);

let db: Promise<IDBPDatabase<Schema>> | null = null;

function open(): Promise<IDBPDatabase<Schema>> {
  if (typeof indexedDB === 'undefined') {
    return Promise.reject(
      Object.assign(new Error('IndexedDB is not available'), { name: 'unavailable' }),
    );
  }
  db ??= openDB<Schema>('tradelens', 3, {
    upgrade(database) {
      if (!database.objectStoreNames.contains('tables'))
        database.createObjectStore('tables', { keyPath: 'id' });
      if (!database.objectStoreNames.contains('patches'))
        database.createObjectStore('patches', { keyPath: 'id' });
      if (!database.objectStoreNames.contains('pieces')) database.createObjectStore('pieces');
    },
  });
  return db;
}

/** Keeps a table in IndexedDB, a piece at a time (see writeTable); false when stopped. */
export async function saveTable(record: StoredTable, steps?: WriteSteps): Promise<boolean> {
  const db = await open();
  const sink: TableSink = {
    piece: (key, data) => db.put('pieces', data, key),
    head: (head) => db.put('tables', head),
    remove: deleteTable,
  };
  return writeTable(record, sink, steps);
}

/**
 * A stored record as a table: whole (kept before pieces) or put together from its pieces, one
 * read per piece, each in a task of its own with a turn for the page between: a large table
 * comes back without a long task. Null when a piece is missing.
 */
async function readRecord(
  db: IDBPDatabase<Schema>,
  record: StoredTable | StoredHead,
): Promise<StoredTable | null> {
  if (!('head' in record)) return { ...record, table: unpackTable(record.table) };
  const { head } = record;
  const keys = await db.getAllKeys('pieces', piecesOf(record.id));
  if (keys.length !== head.pieces) return null;
  const columns = emptyColumns(head);
  for (const key of keys) {
    await nextTask();
    const [, column, array, index] = key;
    const data = await db.get('pieces', key);
    if (!data || !putPiece(columns, head, { column, array, index, data })) return null;
  }
  return { id: record.id, savedAt: record.savedAt, table: { ...head.table, columns } };
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

/** A stored table with the reader's changes: roles and source applied, the chart they left. */
export function patchedRecord(record: StoredTable, patch: TablePatch | undefined): StoredTable {
  const chart = patch?.chart;
  return { ...record, table: applyPatch(record.table, patch), ...(chart ? { chart } : {}) };
}

/** Every stored table with the reader's changes, oldest first; broken records are skipped. */
export async function listTables(): Promise<StoredTable[]> {
  const database = await open();
  const [all, patches] = await Promise.all([database.getAll('tables'), database.getAll('patches')]);
  const byId = new Map(patches.map((p) => [p.id, p]));
  const gone = all.filter((r) => byId.get(r.id)?.deleted);
  for (const r of gone) void deleteTable(r.id).catch(() => {});
  const kept = all.filter((r) => !byId.get(r.id)?.deleted);
  const records = await Promise.all(kept.map((r) => readRecord(database, r)));
  return records
    .filter((r): r is StoredTable => r !== null && isTable(r.table))
    .map((r) => patchedRecord(r, byId.get(r.id)))
    .sort((a, b) => a.savedAt.localeCompare(b.savedAt));
}

export async function deleteTable(id: string): Promise<void> {
  const database = await open();
  await Promise.all([
    database.delete('tables', id),
    database.delete('patches', id),
    database.delete('pieces', piecesOf(id)),
  ]);
}
