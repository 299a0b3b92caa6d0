/// <reference lib="webworker" />
// Imports a dropped or chosen file off the main thread, keeps it in IndexedDB from here too
// (saving clones the table), so the page never freezes.
import { storageError } from '../lib/storage/storageError';
import { saveTable, type StoredTable } from '../lib/storage/tableStore';
import type { ImportRequest } from '../lib/upload/importProtocol';
import { READ_CHUNK, runImport } from '../lib/upload/runImport';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  if (request?.type !== 'import') return;
  const id = request.saveAs;
  const save = id
    ? async (table: StoredTable['table']) => {
        try {
          await saveTable({ id, savedAt: new Date().toISOString(), table: { ...table, id } });
          return undefined;
        } catch (e) {
          return storageError(e, 'save');
        }
      }
    : undefined;
  void runImport(
    request,
    (message, transfer = []) => scope.postMessage(message, transfer),
    () => false,
    READ_CHUNK,
    save,
  );
};
