import type { ChartConfig } from '../charts/config/chartConfig';
import { defaultChartConfig } from '../charts/defaults/defaultChartConfig';
import type { ColumnRole, Table } from '../data/table';
import { stateFromConfig } from '../export/stateFromConfig';
import type { Citation } from '../data/citation';
import { storageError } from '../storage/storageError';
import { deleteTable, listTables, savePatch, saveTable } from '../storage/tableStore';
import { fetchData, type FetchedData } from '../upload/fetchData';
import { nextTask } from '../schedule/nextTask';
import { importAnnouncement } from './importAnnouncement';
import { linkedTable } from './linkedTable';
import { restoredDataset } from './savedChart';
import { TableMemos } from './TableMemos';
import { TablePatches } from './TablePatches';
import { TableWrites } from './TableWrites.svelte';
import { UploadRemoval } from './UploadRemoval.svelte';
import type { ImportProgress } from '../upload/importProtocol';
import type { Importer, Storage, UploadedDataset } from './uploadTypes';

export type { Importer, Storage, UploadedDataset } from './uploadTypes';

const today = () => new Date().toISOString().slice(0, 10);
const newId = () => `upload-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;

/** The user's imported tables: importing, progress, errors, and keeping them across reloads. */
export class UploadsState {
  // Raw: tables hold large typed arrays and dictionaries that must not be proxied.
  datasets = $state.raw<UploadedDataset[]>([]);
  progress = $state<(ImportProgress & { name: string }) | null>(null);
  error = $state<string | null>(null);
  storageMessage = $state<string | null>(null);
  /** The table imported last: its chart is brought into view once, when it first shows. */
  latest = $state<string | null>(null);
  /** What the page last said about the uploads, for a live region. */
  announcement = $state('');
  /** What each table's charts keep between draws; a fresh upload's, the worker's chart data. */
  readonly memos = new TableMemos();
  #job: { id: string; cancel: () => void } | null = null;
  #patches: TablePatches;
  #removal: UploadRemoval;
  #importer: Importer;
  #storage: Storage;
  #writes: TableWrites;

  constructor(
    importer: Importer,
    storage: Storage = { list: listTables, remove: deleteTable, patch: savePatch, save: saveTable },
  ) {
    this.#importer = importer;
    this.#storage = storage;
    this.#patches = new TablePatches(storage.patch, (m) => (this.storageMessage = m));
    this.#writes = new TableWrites(storage.save, (m) => (this.storageMessage = m));
    this.#removal = new UploadRemoval({
      take: (id) => {
        const index = this.datasets.findIndex((d) => d.id === id);
        if (index < 0) return null;
        const dataset = this.datasets[index];
        this.#drop(id);
        return { dataset, index };
      },
      putBack: (dataset, index) => {
        const list = [...this.datasets];
        list.splice(Math.min(index, list.length), 0, dataset);
        this.datasets = list;
      },
      mark: (id, deleted) => this.#patches.mark(id, deleted),
      erase: (id) => this.#erase(id),
      announce: (message) => (this.announcement = message),
    });
  }

  /** Reads a file in the background; the page stays usable, shows a preview, and can cancel. */
  async importFile(
    file: Blob,
    name: string,
    link?: UploadedDataset['link'],
    sheet?: string,
  ): Promise<UploadedDataset | null> {
    this.cancel();
    this.error = null;
    const id = newId();
    this.progress = { type: 'progress', name, bytesRead: 0, totalBytes: file.size, rows: 0 };
    const request = { file, name, accessed: today(), ...(sheet && { sheet }) };
    const job = this.#importer(request, (m) => {
      if (this.#job?.id !== id) return;
      if (m.type === 'progress') this.progress = { ...m, name };
      else
        this.#put({
          id,
          table: this.memos.seeded({ ...m.table, id }, m.prepared),
          config: m.config,
          reshaped: false,
          partial: { bytes: m.bytes, totalBytes: file.size },
        });
    });
    this.#job = { id, cancel: job.cancel };
    this.latest = id;
    const done = await job.result;
    // The table came in the worker message's own task, which took it in (a million rows' worth
    // of it): the page draws it in the next, so that neither task is long.
    if (done?.ok) await nextTask();
    if (this.#job?.id !== id) return null;
    this.#job = null;
    this.progress = null;
    if (!done) return null;
    if (!done.ok) {
      this.#drop(id);
      this.error = `${name}: ${done.error}`;
      return null;
    }
    this.announcement = importAnnouncement(name, done.table);
    const table = this.memos.seeded({ ...done.table, id }, done.prepared);
    const dataset: UploadedDataset = {
      id,
      table: link ? linkedTable(table, link.url) : table,
      config: done.config,
      meta: done.meta,
      reshaped: done.reshaped,
      ...(link ? { link } : {}),
      ...(done.meta.sheets ? { workbook: file } : {}),
    };
    this.#put(dataset);
    // A table from a link is not kept until its reader says so.
    if (!link) void this.#writes.write(id, table);
    return dataset;
  }

  /** Imported tables whose write to this browser's storage has not finished yet. */
  get saving(): string[] {
    return this.#writes.saving;
  }

  /** Resolves once a table's write to storage has ended: true if it is kept. */
  kept(id: string): Promise<boolean> {
    return this.#writes.kept(id);
  }

  /**
   * Opens a data file named by a link (`#src=`): fetched by this browser with progress, then
   * imported as a file is. It is cited as coming from its host, and kept only when asked.
   */
  async importLink(
    address: string,
    fetcher: (
      address: string,
      onprogress: (bytes: number, total: number) => void,
      signal: AbortSignal,
    ) => Promise<FetchedData> = fetchData,
  ): Promise<UploadedDataset | null> {
    this.cancel();
    this.error = null;
    const host = new URL(address).host;
    const id = `link-${Date.now().toString(36)}`;
    const abort = new AbortController();
    this.#job = { id, cancel: () => abort.abort() };
    const name = `Data from ${host}`;
    this.progress = { type: 'progress', name, bytesRead: 0, totalBytes: 0, rows: null };
    const said = (bytesRead: number, totalBytes: number) => {
      if (this.#job?.id === id)
        this.progress = { type: 'progress', name, bytesRead, totalBytes, rows: null };
    };
    const fetched = await fetcher(address, said, abort.signal);
    if (this.#job?.id !== id) return null;
    this.#job = null;
    this.progress = null;
    if (!fetched.ok) {
      this.error = `${address}: ${fetched.error}`;
      return null;
    }
    return this.importFile(fetched.file, fetched.name, { url: address, host, kept: false });
  }

  /** Reads another sheet of a workbook in place of the one shown (it is deleted once read). */
  async pickSheet(id: string, sheet: string) {
    const d = this.datasets.find((x) => x.id === id);
    if (!d?.workbook) return;
    const next = await this.importFile(d.workbook, d.table.name, d.link, sheet);
    if (!next) return;
    const at = this.datasets.findIndex((x) => x.id === id);
    const rest = this.datasets.filter((x) => x.id !== id && x.id !== next.id);
    this.datasets = [...rest.slice(0, at), next, ...rest.slice(at)];
    void this.#erase(id);
  }

  /** Keeps a table opened from a link in this browser, with its chart, like an upload. */
  async keep(id: string) {
    const d = this.datasets.find((x) => x.id === id);
    if (!d?.link || d.link.kept) return;
    if (!(await this.#writes.write(id, d.table))) return;
    try {
      const patch = this.#patches.of(id);
      if (d.config) patch.chart = stateFromConfig($state.snapshot(d.config) as ChartConfig, {});
      await this.#storage.patch({ ...patch });
      this.#put({ ...d, link: { ...d.link, kept: true } });
      this.storageMessage = null;
    } catch (e) {
      this.storageMessage = storageError(e, 'save');
    }
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
    const patch = this.#patches.of(id);
    patch.roles = { ...patch.roles, [column]: role };
    this.#update(id, (t) => ({
      ...t,
      columns: t.columns.map((c) => (c.name === column ? { ...c, role } : c)),
    }));
  }

  /** Sets the source the user gave for the file; it replaces the default file citation. */
  setCitation(id: string, citation: Citation) {
    this.#patches.of(id).citation = citation;
    this.#update(id, (t) => ({
      ...t,
      provenance: { ...t.provenance, citations: [citation, ...t.provenance.citations.slice(1)] },
    }));
  }

  /** Keeps the chart as the reader left it (view, series, edits), to come back after a reload. */
  setChart(id: string, config: ChartConfig) {
    const d = this.datasets.find((x) => x.id === id);
    if (!d) return;
    // Plain data: a config from the page may hold reactive proxies, which storage cannot clone.
    const plain = $state.snapshot(config) as ChartConfig;
    d.config = plain;
    this.#patches.of(id).chart = stateFromConfig(plain, {});
    // A table from a link is not kept until asked; its chart is saved with it then.
    if (d.link && !d.link.kept) return;
    // A zoom or a word typed changes the chart many times a second; the last one is saved.
    this.#patches.saveSoon(id);
  }

  /** Deletes a table, with Undo offered for `undoFor` ms (see UploadRemoval). */
  remove(id: string, undoFor = 10_000) {
    this.#removal.remove(id, undoFor);
  }

  /** The table deleted last, while Undo can bring it back. */
  get removed() {
    return this.#removal.removed;
  }

  undoRemove() {
    this.#removal.undo();
  }

  finishRemoval() {
    return this.#removal.finish();
  }

  /** Brings back the tables saved in earlier visits. */
  async restore() {
    try {
      const known = new Set(this.datasets.map((d) => d.id));
      const stored = (await this.#storage.list()).filter((r) => !known.has(r.id));
      this.datasets = [...stored.map(restoredDataset), ...this.datasets];
    } catch (e) {
      this.storageMessage = storageError(e, 'load');
    }
  }

  #put(dataset: UploadedDataset) {
    const i = this.datasets.findIndex((d) => d.id === dataset.id);
    this.datasets =
      i < 0 ? [...this.datasets, dataset] : this.datasets.map((d, j) => (j === i ? dataset : d));
  }

  /** Deletes a table from this browser's storage, with the changes waiting to be written. */
  async #erase(id: string) {
    this.#writes.stop(id);
    this.#patches.forget(id);
    await this.#storage.remove(id).catch((e) => (this.storageMessage = storageError(e, 'delete')));
  }

  #drop(id: string) {
    this.datasets = this.datasets.filter((d) => d.id !== id);
  }

  #update(id: string, change: (t: Table) => Table) {
    const d = this.datasets.find((x) => x.id === id);
    if (!d) return;
    const table = change(d.table);
    const rolesChanged = table.columns.some((c, i) => c.role !== d.table.columns[i]?.role);
    this.#put({ ...d, table, config: rolesChanged ? defaultChartConfig(table) : d.config });
    void this.#patches.save(id);
  }
}
