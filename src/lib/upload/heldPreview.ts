import type { WorkerMessage } from './importProtocol';

type Post = (message: WorkerMessage, transfer?: Transferable[]) => void;

/** A preview offered to the page: posted once the reader has waited long enough, or never. */
export interface HeldPreview {
  /** The reader has waited `wait` ms, and no whole table (or error) has come. */
  due(): boolean;
  /** Posts `message` now if the import has run `wait` ms, else once it has, unless dropped. */
  offer(message: WorkerMessage, transfer: Transferable[]): void;
  /** The whole table (or an error) is here: a preview not yet posted never is. */
  drop(): void;
}

/**
 * Holds a large file's preview until the import, begun at `start`, has kept the reader waiting
 * `wait` ms. A file read whole within that goes straight to its whole chart: no chart of its
 * first rows that changes under the reader's eyes a moment later, and no drawing of one on the
 * page while its cores still read the file.
 */
export function heldPreview(post: Post, wait: number, start = performance.now()): HeldPreview {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dropped = false;
  return {
    due: () => !dropped && performance.now() >= start + wait,
    offer(message, transfer) {
      if (dropped) return;
      const left = start + wait - performance.now();
      if (left <= 0) return post(message, transfer);
      timer = setTimeout(() => dropped || post(message, transfer), left);
    },
    drop() {
      dropped = true;
      clearTimeout(timer);
    },
  };
}
