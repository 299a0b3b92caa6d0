import { savePatch, type TablePatch } from '../storage/tableStore';
import { storageError } from '../storage/storageError';

/**
 * The changes made to each stored table (roles, source, chart, deleted), and their writes to
 * this browser's storage: each write sends the whole patch, so the last one holds everything;
 * a chart changed many times a second is written once it rests. A write's failure (or a
 * success after one) is told to `said`.
 */
export class TablePatches {
  #patches = new Map<string, TablePatch>();
  #timers = new Map<string, ReturnType<typeof setTimeout>>();
  #write: typeof savePatch;
  #said: (message: string | null) => void;

  constructor(write: typeof savePatch, said: (message: string | null) => void) {
    this.#write = write;
    this.#said = said;
  }

  /** The patch of table `id`, made empty when it has none yet. */
  of(id: string): TablePatch {
    let patch = this.#patches.get(id);
    if (!patch) this.#patches.set(id, (patch = { id }));
    return patch;
  }

  /** Writes the patch of `id` now. */
  save(id: string): Promise<void> {
    clearTimeout(this.#timers.get(id));
    return this.#write({ ...this.of(id) }).then(
      () => this.#said(null),
      (e) => this.#said(storageError(e, 'save')),
    );
  }

  /** Writes the patch of `id` once it has not changed for `wait` ms. */
  saveSoon(id: string, wait = 300) {
    clearTimeout(this.#timers.get(id));
    this.#timers.set(
      id,
      setTimeout(() => {
        this.#timers.delete(id);
        void this.save(id);
      }, wait),
    );
  }

  /** Marks a table deleted in storage, or not: a small write that holds if the page closes now. */
  mark(id: string, deleted: boolean) {
    const patch = this.of(id);
    if (deleted) patch.deleted = true;
    else delete patch.deleted;
    void this.save(id);
  }

  /** Forgets a table's patch and any write still waiting (the table is gone). */
  forget(id: string) {
    clearTimeout(this.#timers.get(id));
    this.#timers.delete(id);
    this.#patches.delete(id);
  }
}
