/// <reference lib="webworker" />
// Imports a dropped or chosen file off the main thread, so the page never freezes.
import type { ImportRequest } from '../lib/upload/importProtocol';
import { runImport } from '../lib/upload/runImport';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  if (event.data?.type !== 'import') return;
  void runImport(event.data, (message, transfer = []) => scope.postMessage(message, transfer));
};
