import type { ChartConfig } from '../charts/config';
import { seedChartData, type ChartDataPayload } from '../charts/data/chartDataTransfer';
import { defaultChartConfig } from '../charts/defaultChartConfig';
import type { ImportMeta } from '../data/import';
import type { ColumnRole, Table } from '../data/table';
import type { Citation } from '../provenance/citation';
import { storageError } from '../storage/storageError';
import { deleteTable, listTables, savePatch, type TablePatch } from '../storage/tableStore';
import type {
  ImportDone,
  ImportPreview,
  ImportProgress,
  ImportSaved,
} from '../upload/importProtocol';

/** An imported table on the page. */
export interface UploadedDataset {
  id: string;
  table: Table;
  /** The chart to start from (chosen off the page's thread for a fresh import). */
  config?: ChartConfig;
  meta?: ImportMeta;
  /** Whether a wide file (years as columns) was made long. */
  reshaped: boolean;
  /** Set while only the first part of a large file is in: bytes previewed of the total. */
  partial?: { bytes: number; totalBytes: number };
}

/** Starts an import somewhere (a worker in the browser) and reports progress and a preview. */
export type Importer = ((
  request: { file: Blob; name: string; accessed: string; saveAs?: string },
  onmessage: (m: ImportProgress | ImportPreview | ImportSaved) => void,
) => { result: Promise<ImportDone | null>; cancel(): void }) & {
  /** Gets ready for imports to come (a worker started while the page is idle), if it can. */
  prepare?: () => void;
};

/** Where imported tables are kept; the importer saves new tables, the page saves changes. */
export interface Storage {
  list: typeof listTables;
  remove: typeof deleteTable;
  patch: typeof savePatch;
}

const today = () => new Date().toISOString().slice(0, 10);
const newId = () => `upload-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;

/** The user's imported tables: importing, progress, errors, and keeping them across reloads. */
export class UploadsState {
  // Raw: tables hold large typed arrays and dictionaries that must not be proxied.
  datasets = $state.raw<UploadedDataset[]>([]);
  progress = $state<(ImportProgress & { name: string }) | null>(null);
  error = $state<string | null>(null);
  storageMessage = $state<string | null>(null);
  /** Imported tables whose write to this browser's storage has not finished yet. */
  saving = $state<string[]>([]);
  #job: { id: string; cancel: () => void } | null = null;
  #patches = new Map<string, TablePatch>();
  #importer: Importer;
  #storage: Storage;

  constructor(
    importer: Importer,
    storage: Storage = { list: listTables, remove: deleteTable, patch: savePatch },
  ) {
    this.#importer = importer;
    this.#storage = storage;
  }

  /** Reads a file in the background; the page stays usable, shows a preview, and can cancel. */
  async importFile(file: Blob, name: string): Promise<UploadedDataset | null> {
    this.cancel();
    this.error = null;
    const id = newId();
    this.progress = { type: 'progress', name, bytesRead: 0, totalBytes: file.size, rows: 0 };
    let saved = false;
    const job = this.#importer({ file, name, accessed: today(), saveAs: id }, (m) => {
      if (m.type === 'saved') {
        saved = true;
        this.saving = this.saving.filter((x) => x !== id);
        // Said unless the import was cancelled (then its table is dropped from storage too).
        if (this.#job?.id === id || this.datasets.some((d) => d.id === id))
          this.storageMessage = m.error ?? null;
        return;
      }
      if (this.#job?.id !== id) return;
      if (m.type === 'progress') this.progress = { ...m, name };
      else
        this.#put({
          id,
          table: this.#seeded({ ...m.table, id }, m.prepared),
          config: m.config,
          reshaped: false,
          partial: { bytes: m.bytes, totalBytes: file.size },
        });
    });
    this.#job = { id, cancel: job.cancel };
    const done = await job.result;
    if (this.#job?.id !== id) return null;
    this.#job = null;
    this.progress = null;
    if (!done) return null;
    if (!done.ok) {
      this.#drop(id);
      this.error = `${name}: ${done.error}`;
      return null;
    }
    if (done.saving && !saved) this.saving = [...this.saving, id];
    const dataset: UploadedDataset = {
      id,
      table: this.#seeded({ ...done.table, id }, done.prepared),
      config: done.config,
      meta: done.meta,
      reshaped: done.reshaped,
    };
    this.#put(dataset);
    return dataset;
  }

  /** Stops the import under way; whatever it read is dropped, in the page and in storage. */
  cancel() {
    const job = this.#job;
    if (!job) return;
    this.#job = null;
    job.cancel();
    this.progress = null;
    this.#drop(job.id);
    void this.#storage.remove(job.id).catch(() => {});
  }

  /** Changes what a column means (the mapping step); the chart starts again from the roles. */
  setRole(id: string, column: string, role: ColumnRole) {
    const patch = this.#patch(id);
    patch.roles = { ...patch.roles, [column]: role };
    this.#update(id, patch, (t) => ({
      ...t,
      columns: t.columns.map((c) => (c.name === column ? { ...c, role } : c)),
    }));
  }

  /** Sets the source the user gave for the file; it replaces the default file citation. */
  setCitation(id: string, citation: Citation) {
    const patch = this.#patch(id);
    patch.citation = citation;
    this.#update(id, patch, (t) => ({
      ...t,
      provenance: { ...t.provenance, citations: [citation, ...t.provenance.citations.slice(1)] },
    }));
  }

  async remove(id: string) {
    this.#drop(id);
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
        .map((r) => ({ id: r.id, table: { ...r.table, id: r.id }, reshaped: false }));
      this.datasets = [...back, ...this.datasets];
    } catch (e) {
      this.storageMessage = storageError(e, 'load');
    }
  }

  /** The table, with the chart data the worker prepared for it ready for its first draw. */
  #seeded(table: Table, prepared: ChartDataPayload | undefined): Table {
    if (prepared) seedChartData(table, prepared);
    return table;
  }

  #put(dataset: UploadedDataset) {
    const i = this.datasets.findIndex((d) => d.id === dataset.id);
    this.datasets =
      i < 0 ? [...this.datasets, dataset] : this.datasets.map((d, j) => (j === i ? dataset : d));
  }

  #drop(id: string) {
    this.datasets = this.datasets.filter((d) => d.id !== id);
  }

  #patch(id: string): TablePatch {
    let patch = this.#patches.get(id);
    if (!patch) this.#patches.set(id, (patch = { id }));
    return patch;
  }

  #update(id: string, patch: TablePatch, change: (t: Table) => Table) {
    const d = this.datasets.find((x) => x.id === id);
    if (!d) return;
    const table = change(d.table);
    const rolesChanged = table.columns.some((c, i) => c.role !== d.table.columns[i]?.role);
    this.#put({ ...d, table, config: rolesChanged ? defaultChartConfig(table) : d.config });
    this.#storage.patch({ ...patch }).then(
      () => (this.storageMessage = null),
      (e) => (this.storageMessage = storageError(e, 'save')),
    );
  }
}
