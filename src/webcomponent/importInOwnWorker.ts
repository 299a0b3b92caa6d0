import type { Importer } from '../lib/state/UploadsState.svelte';
import type { ImportDone, ImportRequest, WorkerMessage } from '../lib/upload/importProtocol';

/**
 * Imports in a worker started from the component's own file (`script`, its import.meta.url),
 * so a large `src` never freezes the report page, and the component stays one file. Where no
 * such worker can start (the script is on another origin, or the page's Content-Security-Policy
 * forbids workers), the same import runs with `fallback` on the page's thread.
 */
export function importInOwnWorker(script: string, fallback: Importer): Importer {
  return (request, onmessage) => {
    let worker: Worker;
    try {
      worker = new Worker(script, { type: 'module' });
    } catch {
      return fallback(request, onmessage);
    }
    let heard = false;
    let settled = false;
    let settle: (done: ImportDone | null) => void = () => {};
    const result = new Promise<ImportDone | null>((resolve) => (settle = resolve));
    const finish = (done: ImportDone | null) => {
      worker.terminate();
      if (!settled) settle(done);
      settled = true;
    };
    let inner: ReturnType<Importer> | null = null;
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      heard = true;
      const message = event.data;
      if (message.type === 'done') finish(message);
      else onmessage(message);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (settled) return;
      if (!heard) {
        // The worker never started (blocked or not loadable): import here instead.
        worker.terminate();
        inner = fallback(request, onmessage);
        void inner.result.then((done) => {
          if (!settled) settle(done);
          settled = true;
        });
        return;
      }
      finish({
        type: 'done',
        ok: false,
        error: 'The import stopped unexpectedly. Check that the file is a CSV file.',
      });
    };
    worker.postMessage({ type: 'import', ...request } satisfies ImportRequest);
    return {
      result,
      cancel: () => {
        inner?.cancel();
        finish(null);
      },
    };
  };
}
