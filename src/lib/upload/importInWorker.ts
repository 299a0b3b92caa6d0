import { pageQuiet } from '../schedule/pageQuiet';
import { holdBackground, readerWaiting } from '../schedule/readerWaiting';
import type { Importer } from './importer';
import { IMPORT_AT_ONCE, IMPORTER_READY } from './importerReady';
import type {
  ImportDone,
  ImportExpected,
  ImportPreviewDrawn,
  ImportRequest,
  WorkerMessage,
  WorkerReady,
} from './importProtocol';

const startWorker = (name?: string) =>
  new Worker(new URL('../../workers/importWorker.ts', import.meta.url), { type: 'module', name });

// Once asked (`prepare`), a worker is started while the page is idle, its code loaded and
// ready, so an import does not wait for one to start. Each import uses its worker up (Cancel
// terminates it); the next spare is started when the page is idle again.
let spare: Worker | null = null;
let prepared = false;
// The spare last told a file is coming (it then starts its part workers).
let told: Worker | null = null;
// No spare warms up while an import runs: it would take a core from the import (a file chosen
// as the page opened took a second longer whenever the page fell idle while it read).
function startSpare() {
  if (spare || readerWaiting()) return;
  spare = startWorker();
  // The spare warms its import code up; the mark lets timing tools see when it is ready.
  spare.onmessage = (event: MessageEvent<WorkerReady>) => {
    if (event.data?.type === 'ready') performance.mark(IMPORTER_READY);
  };
}
/** After an import, the next spare waits this long: the page is still drawing the table. */
const RESPARE_AFTER_MS = 1000;
function keepSpare(after = 0) {
  if (!prepared || typeof requestIdleCallback !== 'function') return;
  setTimeout(() => requestIdleCallback(startSpare), after);
}

/**
 * Starts an import in a fresh Web Worker. Cancel terminates the worker at once, whatever it is
 * doing, so a huge file never holds the page hostage. The worker ends once the table is in.
 */
function startImport(...[request, onmessage]: Parameters<Importer>): ReturnType<Importer> {
  // A worker started now for the file does not warm up (see serveImports).
  const worker = spare ?? startWorker(IMPORT_AT_ONCE);
  spare = null;
  const release = holdBackground();
  let settle: (done: ImportDone | null) => void = () => {};
  const result = new Promise<ImportDone | null>((resolve) => (settle = resolve));
  const finish = (done: ImportDone | null) => {
    release();
    worker.terminate();
    keepSpare(RESPARE_AFTER_MS);
    settle(done);
  };
  worker.onmessage = (event: MessageEvent<WorkerMessage | WorkerReady>) => {
    const message = event.data;
    if (message.type === 'ready') return;
    if (message.type === 'done') return finish(message);
    onmessage(message);
    // The reader waits while the page draws a preview, so the two do not share the cores.
    if (message.type === 'preview')
      void pageQuiet().then(() =>
        worker.postMessage({ type: 'drawn' } satisfies ImportPreviewDrawn),
      );
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
  const cores = navigator.hardwareConcurrency;
  worker.postMessage({ type: 'import', ...request, cores } satisfies ImportRequest);
  return { result, cancel: () => finish(null) };
}

export const importInWorker: Importer = Object.assign(startImport, {
  prepare() {
    prepared = true;
    keepSpare();
  },
  expect() {
    if (!prepared) return;
    startSpare();
    if (!spare || told === spare) return;
    told = spare;
    const cores = navigator.hardwareConcurrency;
    spare.postMessage({ type: 'expect', cores } satisfies ImportExpected);
  },
});
