/// <reference lib="webworker" />
import type { ImportRequest } from '../lib/upload/importProtocol';
import { READ_CHUNK, runImport } from '../lib/upload/runImport';

/**
 * The worker side of the component's imports: trade-chart.js started as a worker by itself
 * (see importInOwnWorker) reads each requested file here, off the report page's thread, and
 * posts the table with its buffers transferred. Nothing is stored: an embed has no storage of
 * its own.
 */
export function serveImports(scope: DedicatedWorkerGlobalScope): void {
  scope.onmessage = (event: MessageEvent<ImportRequest>) => {
    const request = event.data;
    if (request?.type !== 'import') return;
    void runImport(
      request,
      (message, transfer = []) => scope.postMessage(message, transfer),
      () => false,
      READ_CHUNK,
    );
  };
}
