import type { Importer } from './importer';
import type { ImportDone } from './importProtocol';
import { runImport } from './runImport';

/** Progress is said every this many bytes. */
const PROGRESS_EVERY = 256 * 1024;

/**
 * The same import as the worker's, on the page's own thread, yielding between the pieces the
 * file's stream gives (each a few milliseconds of work): the web component's fallback where the
 * report page allows no worker (its script on another origin, or a Content-Security-Policy
 * without workers).
 */
export const importOnMainThread: Importer = (request, onmessage) => {
  let cancelled = false;
  let done: ImportDone | null = null;
  const result = runImport(
    { type: 'import', ...request },
    (message) => {
      if (message.type === 'done') done = message;
      else onmessage(message);
    },
    () => cancelled,
    PROGRESS_EVERY,
  ).then(() => (cancelled ? null : done));
  return { result, cancel: () => (cancelled = true) };
};
