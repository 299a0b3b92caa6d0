/// <reference lib="webworker" />
import type {
  ImportExpected,
  ImportPreviewDrawn,
  ImportRequest,
  WorkerReady,
} from './importProtocol';
import { IMPORT_AT_ONCE } from './importerReady';
import type { PartReading } from './partReader';
import { READ_CHUNK, runImport } from './runImport';
import {
  COLD_START_SHARE,
  coldPartCount,
  partCount,
  partsToBytes,
  readsInParts,
} from './startParts';

/** How long a new worker waits for a request before it warms up. */
const WARM_UP_AFTER_MS = 50;

/**
 * The longest the reader steps aside for the page to draw a preview: a page that never says
 * it is done (a tab in the background draws nothing) does not hold the import up for longer.
 */
export const STEP_ASIDE_MAX_MS = 1500;

/** How a file is read in parts on `cores` cores: in how many, and up to which size. */
const partsOn = (parts: PartReading, cores?: number): PartReading & { count: number } => ({
  toBytes: partsToBytes(cores),
  ...parts,
  count: parts.count ?? partCount(cores),
});

/**
 * Parts whose workers start with the file, none having been started ahead: they start at once,
 * as the file's format and header are read, and the start is given more to read meanwhile. A
 * reader that has not warmed up (`warm`) leaves a core to the engine (see coldPartCount).
 */
function startedWith(
  request: ImportRequest,
  warm: boolean,
  parts?: PartReading,
): PartReading | undefined {
  if (!parts) return parts;
  const { cores } = request;
  const count = parts.count ?? (warm ? partCount(cores) : coldPartCount(cores));
  const reading = { ...partsOn({ ...parts, count }, cores), startShare: COLD_START_SHARE };
  const { fromBytes, toBytes } = reading;
  if (readsInParts(request.file.size, count, fromBytes, toBytes)) parts.prepare?.(count - 1);
  return reading;
}

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
  // Whether a warm-up ran to its end: the engine has compiled the reading code.
  let warm = false;
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
      if (!parts?.prepare) return;
      const reading = partsOn(parts, request.cores);
      if (reading.count < 2) return;
      parts.prepare(reading.count - 1, true);
      ahead = reading;
      return;
    }
    if (request?.type !== 'import') return;
    asked = true;
    void runImport(
      request,
      (message, transfer = []) => scope.postMessage(message, transfer),
      () => false,
      READ_CHUNK,
      ahead ?? startedWith(request, warm, parts),
      previewDrawn,
    );
  };
  // A worker started for a file does not warm up: its request may still be on its way (the
  // page's thread passes it on, and may be busy), and a warm-up begun would hold it back.
  if (warmUp && scope.name !== IMPORT_AT_ONCE) {
    setTimeout(() => {
      if (asked) return;
      void warmUp(() => asked).then(
        () => {
          if (asked) return;
          warm = true;
          scope.postMessage({ type: 'ready' } satisfies WorkerReady);
        },
        // A warm-up that fails costs only speed; the import itself reports its own errors.
        () => {},
      );
    }, WARM_UP_AFTER_MS);
  }
}
