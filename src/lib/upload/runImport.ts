import { exportChartData } from '../charts/data/chartDataTransfer';
import { defaultChartConfig } from '../charts/defaultChartConfig';
import {
  BROWSER_DECODE_BYTES,
  createCsvImporter,
  toLong,
  type CsvImporter,
  type ImportResult,
} from '../data/import';
import type { Table } from '../data/table';
import { tableTransferables } from '../data/transferTable';
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

/** The table read so far, as a preview: what it was read from, its chart and buffers. */
function preview(importer: CsvImporter, bytes: number) {
  const r = importer.snapshot();
  return r?.ok ? { ...ready(long(r)), bytes } : null;
}

/**
 * The worker's job, as a plain function so it runs (and is tested) anywhere: streams the file
 * into the streaming importer, reports progress, previews a large file from the rows of its
 * first megabyte (a snapshot of the same import, so nothing is read or parsed twice), makes
 * wide tables long, chooses the starting chart, keeps the table (`save`), and posts it with
 * its buffers transferred. Row objects never exist, let alone cross threads.
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
    const importer = createCsvImporter({
      name,
      size: file.size,
      accessed,
      decodeBytes: BROWSER_DECODE_BYTES,
    });
    // A large file gets a preview once its first PREVIEW_BYTES are read (from the same
    // importer, so they are read once).
    let previewAt = file.size > PREVIEW_AFTER ? PREVIEW_BYTES : Infinity;
    // One sequential read of the file into one buffer; progress said every `chunk`.
    let bytesRead = 0;
    let said = 0;
    for await (const value of readBlob(file)) {
      if (cancelled()) return;
      const end = bytesRead + value.length;
      if (end >= previewAt) {
        importer.push(value.subarray(0, previewAt - bytesRead));
        const first = preview(importer, previewAt);
        if (first && !cancelled()) {
          const { transfer, ...message } = first;
          post({ type: 'preview', ...message }, transfer);
        }
        importer.push(value.subarray(previewAt - bytesRead));
        previewAt = Infinity;
      } else importer.push(value);
      bytesRead = end;
      if (bytesRead - said >= chunk || bytesRead === file.size) {
        said = bytesRead;
        post({ type: 'progress', bytesRead, totalBytes: file.size, rows: importer.rowCount });
      }
    }
    if (cancelled()) return;
    const result = importer.finish();
    if (!result.ok) return post({ type: 'done', ok: false, error: result.error });
    const table = long(result);
    // Storage takes its own compact copy first (saving then clones it, a slow structured clone
    // done here, never on the page, while the page already draws the table); the page gets
    // the table's own buffers.
    const saving = save?.(table);
    const { transfer, ...message } = ready(table);
    post(
      {
        type: 'done',
        ok: true,
        ...message,
        meta: result.meta,
        reshaped: table !== result.table,
        saving: !!saving,
      },
      transfer,
    );
    if (saving) post({ type: 'saved', error: await saving });
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    post({
      type: 'done',
      ok: false,
      error: `The file could not be read (${detail}). Try again, or save it anew as CSV.`,
    });
  }
}
