/// <reference lib="webworker" />
import type { Table } from '../data/table';
import type { ImportRequest, WorkerReady } from './importProtocol';
import type { PartReading } from './partReader';
import { READ_CHUNK, runImport } from './runImport';

/** How long a new worker waits for a request before it warms up. */
const WARM_UP_AFTER_MS = 50;

/**
 * Keeps an imported table somewhere; resolves to an error message, or undefined when kept. It
 * copies what it keeps before it returns: the table's buffers are transferred right after.
 */
export type SaveTable = (table: Table) => Promise<string | undefined>;

/**
 * The worker side of an import: each requested file is read here, off the page's thread, and
 * the table is posted with its buffers transferred. `saver` gives a request's way of keeping
 * the table (the dashboard's IndexedDB); without one nothing is kept, as in an embed. A worker
 * started ahead of need runs `warmUp` first, and says `ready` once done; a request that comes
 * sooner stops the warm-up and is served at once.
 */
export function serveImports(
  scope: DedicatedWorkerGlobalScope,
  saver?: (request: ImportRequest) => SaveTable | undefined,
  warmUp?: (stop: () => boolean) => Promise<unknown>,
  /** Reads parts of a large CSV file in threads of their own (see startParts). */
  parts?: PartReading,
): void {
  let asked = false;
  scope.onmessage = (event: MessageEvent<ImportRequest>) => {
    const request = event.data;
    if (request?.type !== 'import') return;
    asked = true;
    void runImport(
      request,
      (message, transfer = []) => scope.postMessage(message, transfer),
      () => false,
      READ_CHUNK,
      saver?.(request),
      parts,
    );
  };
  // A worker asked at once (its request is already waiting) does not warm up.
  if (warmUp) {
    setTimeout(() => {
      if (asked) return;
      void warmUp(() => asked).then(
        () => asked || scope.postMessage({ type: 'ready' } satisfies WorkerReady),
        // A warm-up that fails costs only speed; the import itself reports its own errors.
        () => {},
      );
    }, WARM_UP_AFTER_MS);
  }
}
