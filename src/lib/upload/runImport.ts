import { exportChartData } from '../charts/data/chartDataTransfer';
import { defaultChartConfig } from '../charts/defaultChartConfig';
import { createCsvImporter, importCsv, toLong, type ImportResult } from '../data/import';
import type { Table } from '../data/table';
import { copyTableBuffers, tableTransferables } from '../data/transferTable';
import type { ImportRequest, WorkerMessage } from './importProtocol';
import { readBlob } from './readBlob';

/** Bytes read between progress reports. */
export const READ_CHUNK = 4 * 1024 * 1024;

/** Files larger than this get a preview chart from their start while the rest is read. */
export const PREVIEW_AFTER = 3 * READ_CHUNK;

/** How much of a large file's start the preview reads: enough rows for a fair first chart. */
export const PREVIEW_BYTES = 1024 * 1024;

const long = (r: Extract<ImportResult, { ok: true }>): Table =>
  r.meta.shape === 'wide' ? toLong(r.table) : r.table;

/**
 * A table ready to post: its starting chart, that chart's data prepared here (so the page's
 * first draw does not make a pass over every row), and every buffer to transfer, once each.
 */
function ready(table: Table) {
  const config = defaultChartConfig(table);
  const { payload, transfer } = exportChartData(table, config);
  return {
    table,
    config,
    prepared: payload,
    transfer: [...new Set([...tableTransferables(table), ...transfer])],
  };
}

/** The chunks as one array (the first itself when it is all there is). */
function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The first slice up to its last line break, imported on its own as a quick preview. */
function preview(bytes: Uint8Array, name: string, accessed: string) {
  const end = bytes.lastIndexOf(10);
  if (end <= 0) return null;
  const r = importCsv(bytes.subarray(0, end + 1), { name, accessed });
  return r.ok ? { ...ready(long(r)), bytes: end + 1 } : null;
}

/**
 * The worker's job, as a plain function so it runs (and is tested) anywhere: streams the file
 * into the streaming importer, reports progress, previews a large file from its
 * first megabyte (the same bytes, read once), makes wide tables long, chooses the starting chart, keeps the table (`save`),
 * and posts it with its buffers transferred. Row objects never exist, let alone cross threads.
 */
export async function runImport(
  request: ImportRequest,
  post: (message: WorkerMessage, transfer?: Transferable[]) => void,
  cancelled: () => boolean = () => false,
  chunk = READ_CHUNK,
  save?: (table: Table) => Promise<string | undefined>,
): Promise<void> {
  const { file, name, accessed } = request;
  try {
    const importer = createCsvImporter({ name, size: file.size, accessed });
    // A large file's first bytes, kept until there are enough for its preview.
    let head: Uint8Array[] | null = file.size > PREVIEW_AFTER ? [] : null;
    let headBytes = 0;
    // One sequential read of the file into one buffer; progress said every `chunk`.
    let bytesRead = 0;
    let said = 0;
    for await (const value of readBlob(file)) {
      if (cancelled()) return;
      if (head) {
        // Copied: the buffer is filled anew by the next read.
        head.push(value.slice());
        headBytes += value.length;
        if (headBytes >= PREVIEW_BYTES || bytesRead + value.length === file.size) {
          // The preview reads the same bytes the import is given: the file is read once.
          const first = preview(concat(head, headBytes).subarray(0, PREVIEW_BYTES), name, accessed);
          head = null;
          if (first && !cancelled()) {
            const { transfer, ...message } = first;
            post({ type: 'preview', ...message }, transfer);
          }
        }
      }
      importer.push(value);
      bytesRead += value.length;
      if (bytesRead - said >= chunk || bytesRead === file.size) {
        said = bytesRead;
        post({ type: 'progress', bytesRead, totalBytes: file.size, rows: importer.rowCount });
      }
    }
    if (cancelled()) return;
    const result = importer.finish();
    if (!result.ok) return post({ type: 'done', ok: false, error: result.error });
    const table = long(result);
    // The page gets copies of the buffers at once; storage then takes its own copy of the
    // originals (a slow structured clone, here and never on the page) and writes it to disk
    // while the page already draws the table.
    const { transfer, ...message } = ready(save ? copyTableBuffers(table) : table);
    post(
      {
        type: 'done',
        ok: true,
        ...message,
        meta: result.meta,
        reshaped: table !== result.table,
        saving: !!save,
      },
      transfer,
    );
    if (save) post({ type: 'saved', error: await save(table) });
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    post({
      type: 'done',
      ok: false,
      error: `The file could not be read (${detail}). Try again, or save it anew as CSV.`,
    });
  }
}
