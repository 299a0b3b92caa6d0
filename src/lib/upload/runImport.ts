import { createCsvImporter, toLong } from '../data/import';
import { tableTransferables } from '../data/transferTable';
import type { ImportRequest, WorkerMessage } from './importProtocol';

/** Bytes read from the File at a time: big enough to be fast, small enough to report progress. */
export const READ_CHUNK = 4 * 1024 * 1024;

/**
 * The worker's job, as a plain function so it runs (and is tested) anywhere: reads the file
 * slice by slice into the streaming importer, reports progress, makes wide tables long, and
 * posts the table with its buffers transferred. Row objects never exist, let alone cross threads.
 */
export async function runImport(
  request: ImportRequest,
  post: (message: WorkerMessage, transfer?: Transferable[]) => void,
  cancelled: () => boolean = () => false,
  chunk = READ_CHUNK,
): Promise<void> {
  const { file, name, accessed } = request;
  try {
    const importer = createCsvImporter({ name, size: file.size, accessed });
    for (let at = 0; at < file.size; at += chunk) {
      if (cancelled()) return;
      const bytes = new Uint8Array(await file.slice(at, at + chunk).arrayBuffer());
      importer.push(bytes);
      const rows = (importer as { rowCount?: number }).rowCount ?? null;
      post({
        type: 'progress',
        bytesRead: Math.min(file.size, at + bytes.length),
        totalBytes: file.size,
        rows,
      });
    }
    if (cancelled()) return;
    const result = importer.finish();
    if (!result.ok) return post({ type: 'done', ok: false, error: result.error });
    const reshaped = result.meta.shape === 'wide';
    const table = reshaped ? toLong(result.table) : result.table;
    post({ type: 'done', ok: true, table, meta: result.meta, reshaped }, tableTransferables(table));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    post({
      type: 'done',
      ok: false,
      error: `The file could not be read (${detail}). Try again, or save it anew as CSV.`,
    });
  }
}
