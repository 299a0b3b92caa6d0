/// <reference lib="webworker" />
import type {
  ImportExpected,
  ImportPreviewDrawn,
  ImportRequest,
  WorkerReady,
} from './importProtocol';
import type { PartReading } from './partReader';
import { READ_CHUNK, runImport } from './runImport';
import { FEW_CORES_PARTS_TO_BYTES, partCount } from './startParts';

/** How long a new worker waits for a request before it warms up. */
const WARM_UP_AFTER_MS = 50;

/**
 * The longest the reader steps aside for the page to draw a preview: a page that never says
 * it is done (a tab in the background draws nothing) does not hold the import up for longer.
 */
export const STEP_ASIDE_MAX_MS = 1500;

/**
 * The worker side of an import: each requested file is read here, off the page's thread, and
 * the table is posted with its buffers transferred (the page keeps it, if it is to be kept). A
 * worker started ahead of need runs `warmUp` first, and says `ready` once done; a request that
 * comes sooner stops the warm-up and is served at once.
 */
export function serveImports(
  scope: DedicatedWorkerGlobalScope,
  warmUp?: (stop: () => boolean) => Promise<unknown>,
  /** Reads parts of a large CSV file in threads of their own (see startParts). */
  parts?: PartReading,
): void {
  let asked = false;
  // Parts whose workers were started ahead of the file, if any.
  let ahead: PartReading | undefined;
  // Ends the reader's wait for the page to draw the preview it was posted.
  let drawn: (() => void) | null = null;
  const previewDrawn = () =>
    new Promise<void>((go) => {
      drawn = go;
      setTimeout(go, STEP_ASIDE_MAX_MS);
    });
  scope.onmessage = (event: MessageEvent<ImportRequest | ImportExpected | ImportPreviewDrawn>) => {
    const request = event.data;
    if (request?.type === 'drawn') {
      drawn?.();
      drawn = null;
      return;
    }
    // A file is about to come: the part workers a large one needs start now, while the reader
    // picks it, so it is read on several cores from its first bytes.
    if (request?.type === 'expect') {
      const count = parts?.count ?? partCount(request.cores, true);
      if (count > 1 && parts?.prepare) {
        parts.prepare(count - 1, true);
        // Below four cores, only a file of moderate size is read in parts.
        const few = count > partCount(request.cores);
        ahead = { ...parts, count, ...(few && { toBytes: FEW_CORES_PARTS_TO_BYTES }) };
      }
      return;
    }
    if (request?.type !== 'import') return;
    asked = true;
    void runImport(
      request,
      (message, transfer = []) => scope.postMessage(message, transfer),
      () => false,
      READ_CHUNK,
      ahead ?? parts,
      previewDrawn,
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
