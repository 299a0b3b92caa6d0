/// <reference lib="webworker" />
import type { Table } from '../data/table';
import type { ImportRequest } from './importProtocol';
import { READ_CHUNK, runImport } from './runImport';

/** Keeps an imported table somewhere; resolves to an error message, or undefined when kept. */
export type SaveTable = (table: Table) => Promise<string | undefined>;

/**
 * The worker side of an import: each requested file is read here, off the page's thread, and
 * the table is posted with its buffers transferred. `saver` gives a request's way of keeping
 * the table (the dashboard's IndexedDB); without one nothing is kept, as in an embed.
 */
export function serveImports(
  scope: DedicatedWorkerGlobalScope,
  saver?: (request: ImportRequest) => SaveTable | undefined,
): void {
  scope.onmessage = (event: MessageEvent<ImportRequest>) => {
    const request = event.data;
    if (request?.type !== 'import') return;
    void runImport(
      request,
      (message, transfer = []) => scope.postMessage(message, transfer),
      () => false,
      READ_CHUNK,
      saver?.(request),
    );
  };
}
