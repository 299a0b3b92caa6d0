import type { WorkerMessage } from './importProtocol';

type Post = (message: WorkerMessage, transfer?: Transferable[]) => void;

/** A preview and the buffers to transfer with it. */
export type PreviewMessage = { message: WorkerMessage; transfer: Transferable[] };

/** A preview offered to the page: posted once the reader has waited long enough, or never. */
export interface HeldPreview {
  /** How long (ms) the reader waits before a preview shows. */
  readonly wait: number;
  /** How long (ms) the import has run. */
  waited(): number;
  /** Previews posted so far. */
  readonly sent: number;
  /** The reader has waited `wait` ms, and no whole table (or error) has come. */
  due(): boolean;
  /**
   * Makes and posts a preview now if the import has run `wait` ms, else once it has, unless
   * dropped first: a preview never posted is never made (its chart chosen, its data prepared).
   */
  offer(make: () => PreviewMessage): void;
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
  let sent = 0;
  const waited = () => performance.now() - start;
  const send = (make: () => PreviewMessage) => {
    const { message, transfer } = make();
    post(message, transfer);
    sent++;
  };
  return {
    wait,
    waited,
    get sent() {
      return sent;
    },
    due: () => !dropped && waited() >= wait,
    offer(make) {
      if (dropped) return;
      const left = wait - waited();
      if (left <= 0) return send(make);
      timer = setTimeout(() => dropped || send(make), left);
    },
    drop() {
      dropped = true;
      clearTimeout(timer);
    },
  };
}
