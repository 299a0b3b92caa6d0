/// <reference lib="webworker" />
// Imports a dropped or chosen file off the main thread, keeps it in IndexedDB from here too
// (saving clones the table), so the page never freezes. Started ahead of need, it warms up
// while the page is idle. A large CSV file is read in parts, each in a worker of its own,
// started when such a file comes.
import { storageError } from '../lib/storage/storageError';
import { saveTable } from '../lib/storage/tableStore';
import { preparePartWorkers, readPartInWorker } from '../lib/upload/readPartInWorker';
import { serveImports } from '../lib/upload/serveImports';
import { warmUpImport } from '../lib/upload/warmUpImport';

serveImports(
  self as unknown as DedicatedWorkerGlobalScope,
  ({ saveAs: id }) =>
    id
      ? async (table) => {
          try {
            await saveTable({ id, savedAt: new Date().toISOString(), table: { ...table, id } });
            return undefined;
          } catch (e) {
            return storageError(e, 'save');
          }
        }
      : undefined,
  warmUpImport,
  { read: readPartInWorker, prepare: preparePartWorkers },
);
