import type { Importer } from '../state/UploadsState.svelte';
import type { ImportDone, ImportRequest, WorkerMessage } from './importProtocol';

/**
 * Starts an import in a fresh Web Worker. Cancel terminates the worker at once, whatever it is
 * doing, so a huge file never holds the page hostage. After the table arrives the worker lives
 * on until it has written the table to IndexedDB, and says how that went.
 */
export const importInWorker: Importer = (request, onmessage) => {
  const worker = new Worker(new URL('../../workers/importWorker.ts', import.meta.url), {
    type: 'module',
  });
  let settle: (done: ImportDone | null) => void = () => {};
  const result = new Promise<ImportDone | null>((resolve) => (settle = resolve));
  const finish = (done: ImportDone | null) => {
    worker.terminate();
    settle(done);
  };
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
    const message = event.data;
    if (message.type === 'done') {
      settle(message);
      if (!message.ok || !request.saveAs) worker.terminate();
    } else if (message.type === 'saved') {
      worker.terminate();
      onmessage(message);
    } else onmessage(message);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish({
      type: 'done',
      ok: false,
      error:
        'The import stopped unexpectedly. Try again; if it happens again, save the file anew as CSV.',
    });
  };
  worker.postMessage({ type: 'import', ...request } satisfies ImportRequest);
  return { result, cancel: () => finish(null) };
};
