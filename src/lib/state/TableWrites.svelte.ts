import type { Table } from '../data/table';
import { idleMoment } from '../schedule/idleMoment';
import { storageError } from '../storage/storageError';
import type { saveTable } from '../storage/tableStore';

/**
 * The writes of whole tables to this browser's storage, each a piece at a time in an idle
 * moment of the page, after what the reader sees: a new table's chart is drawn first, and no
 * step of a write is long. A write's failure (or a success) is told to `said`.
 */
export class TableWrites {
  /** Tables whose write has not finished yet. */
  saving = $state<string[]>([]);
  /** Each table's latest write, resolving to true once it is kept. */
  #writes = new Map<string, Promise<boolean>>();
  /** Tables deleted while being written: their writes stop, and undo what they wrote. */
  #unwanted = new Set<string>();
  #save: typeof saveTable;
  #said: (message: string | null) => void;

  constructor(save: typeof saveTable, said: (message: string | null) => void) {
    this.#save = save;
    this.#said = said;
  }

  /** Writes table `id`; resolves to true once it is kept, false when it could not be or stopped. */
  write(id: string, table: Table): Promise<boolean> {
    this.saving = [...this.saving, id];
    const record = { id, savedAt: new Date().toISOString(), table };
    const steps = { pause: () => idleMoment(), stopped: () => this.#unwanted.has(id) };
    const write = this.#save(record, steps).then(
      (kept) => {
        if (kept) this.#said(null);
        return kept;
      },
      (e) => {
        if (!this.#unwanted.has(id)) this.#said(storageError(e, 'save'));
        return false;
      },
    );
    this.#writes.set(id, write);
    return write.finally(() => {
      this.saving = this.saving.filter((x) => x !== id);
      this.#unwanted.delete(id);
    });
  }

  /** Resolves once the write of `id` has ended: true if it is kept. */
  async kept(id: string): Promise<boolean> {
    return (await this.#writes.get(id)) ?? false;
  }

  /** Table `id` is being deleted: a write under way stops and deletes what it wrote. */
  stop(id: string) {
    if (this.saving.includes(id)) this.#unwanted.add(id);
    this.#writes.delete(id);
  }
}
