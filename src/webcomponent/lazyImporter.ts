import type { Importer } from '../lib/state/UploadsState.svelte';
import type { ImportDone } from '../lib/upload/importProtocol';

type ImportModule = typeof import('./tradeChartImport');

/**
 * The main-thread importer, fetched from `url` (trade-chart-import.js) the first time a chart
 * needs it: an Importer at once, whose work starts when the file has loaded.
 */
export function lazyImporter(url: string): Importer {
  let module: Promise<ImportModule> | undefined;
  return (request, onmessage) => {
    let cancelled = false;
    let inner: ReturnType<Importer> | null = null;
    module ??= import(/* @vite-ignore */ url) as Promise<ImportModule>;
    const result = module.then(
      (m): Promise<ImportDone | null> => {
        if (cancelled) return Promise.resolve(null);
        inner = m.importOnMainThread(request, onmessage);
        return inner.result;
      },
      (): ImportDone => ({
        type: 'done',
        ok: false,
        error: `The importer (${url}) could not be loaded: put trade-chart-import.js beside trade-chart.js, served with Access-Control-Allow-Origin.`,
      }),
    );
    return {
      result,
      cancel: () => {
        cancelled = true;
        inner?.cancel();
      },
    };
  };
}
