import { importOnMainThread } from '../lib/upload/importOnMainThread';
import { serveImports } from '../lib/upload/serveImports';

/*
 * The importer of `<trade-chart src="…">`, in a file of its own (dist/trade-chart-import.js)
 * beside the component: started as its worker, or loaded onto the page's thread where no worker
 * can start. A report that charts a built-in dataset never fetches it.
 */
export { importOnMainThread };

if (typeof HTMLElement === 'undefined' && typeof self !== 'undefined' && 'postMessage' in self)
  serveImports(self as unknown as DedicatedWorkerGlobalScope);
