/// <reference lib="webworker" />
// Imports a dropped or chosen file off the main thread, so the page never freezes. Started
// ahead of need, it warms up while the page is idle. A large CSV file is read in parts, each
// in a worker of its own, started when such a file comes.
import { preparePartWorkers, readPartInWorker } from '../lib/upload/readPartInWorker';
import { serveImports } from '../lib/upload/serveImports';
import { warmUpImport } from '../lib/upload/warmUpImport';

serveImports(self as unknown as DedicatedWorkerGlobalScope, warmUpImport, {
  read: readPartInWorker,
  prepare: preparePartWorkers,
});
