import type { ImportMeta } from '../data/import';
import type { ColumnRole, Table } from '../data/table';
import type { Citation } from '../provenance/citation';
import { deleteTable, listTables, saveTable } from '../storage/tableStore';
import { storageError } from '../storage/storageError';
import type { ImportDone, ImportProgress } from '../upload/importProtocol';

/** An imported table on the page. */
export interface UploadedDataset {
  id: string;
  table: Table;
  meta?: ImportMeta;
  /** Whether a wide file (years as columns) was made long. */
  reshaped: boolean;
}

/** Starts an import somewhere (a worker in the browser) and reports progress. */
export type Importer = (
  request: { file: Blob; name: string; accessed: string },
  onprogress: (p: ImportProgress) => void,
) => { result: Promise<ImportDone | null>; cancel(): void };

export interface Storage {
  save: typeof saveTable;
  list: typeof listTables;
  remove: typeof deleteTable;
}

const today = () => new Date().toISOString().slice(0, 10);

/** The user's imported tables: importing, progress, errors, and keeping them across reloads. */
export class UploadsState {
  // Raw: tables hold large typed arrays and dictionaries that must not be proxied.
  datasets = $state.raw<UploadedDataset[]>([]);
  progress = $state<(ImportProgress & { name: string }) | null>(null);
  error = $state<string | null>(null);
  storageMessage = $state<string | null>(null);
  #cancel: (() => void) | null = null;
  #importer: Importer;
  #storage: Storage;

  constructor(
    importer: Importer,
    storage: Storage = { save: saveTable, list: listTables, remove: deleteTable },
  ) {
    this.#importer = importer;
    this.#storage = storage;
  }

  /** Reads a file in the background; the page stays usable and can cancel. */
  async importFile(file: Blob, name: string): Promise<UploadedDataset | null> {
    this.cancel();
    this.error = null;
    this.progress = { type: 'progress', name, bytesRead: 0, totalBytes: file.size, rows: 0 };
    const job = this.#importer({ file, name, accessed: today() }, (p) => {
      this.progress = { ...p, name };
    });
    this.#cancel = job.cancel;
    const done = await job.result;
    if (this.#cancel === job.cancel) {
      this.#cancel = null;
      this.progress = null;
    }
    if (!done) return null;
    if (!done.ok) {
      this.error = `${name}: ${done.error}`;
      return null;
    }
    const dataset: UploadedDataset = {
      id: `upload-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`,
      table: { ...done.table },
      meta: done.meta,
      reshaped: done.reshaped,
    };
    dataset.table.id = dataset.id;
    this.datasets = [...this.datasets, dataset];
    await this.#save(dataset);
    return dataset;
  }

  cancel() {
    this.#cancel?.();
    this.#cancel = null;
    this.progress = null;
  }

  /** Changes what a column means (the mapping step). */
  setRole(id: string, column: string, role: ColumnRole) {
    this.#update(id, (t) => ({
      ...t,
      columns: t.columns.map((c) => (c.name === column ? { ...c, role } : c)),
    }));
  }

  /** Sets the source the user gave for the file; it replaces the default file citation. */
  setCitation(id: string, citation: Citation) {
    this.#update(id, (t) => ({
      ...t,
      provenance: { ...t.provenance, citations: [citation, ...t.provenance.citations.slice(1)] },
    }));
  }

  async remove(id: string) {
    this.datasets = this.datasets.filter((d) => d.id !== id);
    try {
      await this.#storage.remove(id);
    } catch (e) {
      this.storageMessage = storageError(e, 'delete');
    }
  }

  /** Brings back the tables saved in earlier visits. */
  async restore() {
    try {
      const stored = await this.#storage.list();
      const known = new Set(this.datasets.map((d) => d.id));
      const back = stored
        .filter((r) => !known.has(r.id))
        .map((r) => ({ id: r.id, table: r.table, reshaped: false }));
      this.datasets = [...back, ...this.datasets];
    } catch (e) {
      this.storageMessage = storageError(e, 'load');
    }
  }

  #update(id: string, change: (t: Table) => Table) {
    const i = this.datasets.findIndex((d) => d.id === id);
    if (i < 0) return;
    const next = { ...this.datasets[i], table: change(this.datasets[i].table) };
    this.datasets = this.datasets.map((d, j) => (j === i ? next : d));
    void this.#save(next);
  }

  async #save(d: UploadedDataset) {
    try {
      await this.#storage.save({
        id: d.id,
        savedAt: new Date().toISOString(),
        table: d.table,
      });
      this.storageMessage = null;
    } catch (e) {
      this.storageMessage = storageError(e, 'save');
    }
  }
}
