import type { UploadedDataset } from './uploadTypes';

/** What a removal needs of the uploads: take a table off the page, put it back, delete it. */
export interface RemovalHost {
  /** Takes the table off the page; where it was, or -1 when it is not there. */
  take(id: string): { dataset: UploadedDataset; index: number } | null;
  /** Puts a table back on the page at `index`. */
  putBack(dataset: UploadedDataset, index: number): void;
  /** Marks a table deleted in storage, or not (a small write that holds if the page closes). */
  mark(id: string, deleted: boolean): void;
  /** Deletes a table from this browser's storage for good. */
  erase(id: string): Promise<void>;
  /** Says something in the page's live region. */
  announce(message: string): void;
}

/**
 * Deleting an upload with Undo: the table leaves the page at once and is deleted from this
 * browser when the reader moves on (another delete, the Undo window closing, the page closing).
 */
export class UploadRemoval {
  /** The table deleted last, which Undo brings back until its deletion is final. */
  removed = $state.raw<{ dataset: UploadedDataset; index: number } | null>(null);
  #timer: ReturnType<typeof setTimeout> | undefined;
  #host: RemovalHost;

  constructor(host: RemovalHost) {
    this.#host = host;
  }

  /** Takes a table off the page, offering Undo for `undoFor` ms. */
  remove(id: string, undoFor: number) {
    void this.finish();
    const taken = this.#host.take(id);
    if (!taken) return;
    this.removed = taken;
    this.#host.mark(id, true);
    this.#host.announce(`${taken.dataset.table.name} deleted. Undo is offered for ten seconds.`);
    this.#timer = setTimeout(() => void this.finish(), undoFor);
  }

  /** Brings back the table deleted last, with its chart and source, where it was. */
  undo() {
    const removed = this.removed;
    if (!removed) return;
    clearTimeout(this.#timer);
    this.removed = null;
    this.#host.mark(removed.dataset.id, false);
    this.#host.putBack(removed.dataset, removed.index);
    this.#host.announce(`${removed.dataset.table.name} is back.`);
  }

  /** Deletes the table taken off last from this browser's storage. */
  async finish() {
    const removed = this.removed;
    if (!removed) return;
    clearTimeout(this.#timer);
    this.removed = null;
    await this.#host.erase(removed.dataset.id);
  }
}
