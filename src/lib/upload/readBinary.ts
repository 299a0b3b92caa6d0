import type { ImportResult, WholeFormat } from '../data/import';
import { loadBinaryReader } from './binaryReaders';
import type { HeldPreview } from './heldPreview';
import type { ImportRequest, WorkerMessage } from './importProtocol';
import { long, readyTable } from './readyTable';
import { stepAside } from './stepAside';

/** What reading a whole file needs of the import: its request, where to post, its preview. */
export interface WholeRun {
  request: ImportRequest;
  post: (message: WorkerMessage, transfer?: Transferable[]) => void;
  /** Where a preview goes: to the page once the reader has waited long enough. */
  preview: HeldPreview;
  cancelled: () => boolean;
  /** Resolves once the page has drawn the preview last posted. */
  drawn?: () => Promise<void>;
}

/** Reads a Parquet file, workbook or JSON answer with its reader, loaded now. Null when cancelled. */
export async function readBinary(
  format: WholeFormat,
  { request, post, preview, cancelled, drawn }: WholeRun,
  /** Files larger than this get a preview chart from their first part while the rest is read. */
  previewAfter: number,
): Promise<ImportResult | null> {
  const { file, name, accessed, sheet } = request;
  const read = await loadBinaryReader(format);
  if (cancelled()) return null;
  const result = await read(
    file,
    { name, accessed, size: file.size, ...(sheet && { sheet }) },
    {
      cancelled,
      onProgress(rows, total) {
        const bytesRead = Math.round((file.size * rows) / Math.max(1, total));
        post({ type: 'progress', bytesRead, totalBytes: file.size, rows });
      },
      // A large Parquet file is charted from its first row group while the rest is read.
      ...(file.size > previewAfter && {
        onPreview(r: ImportResult, rows: number, total: number) {
          if (!r.ok || cancelled()) return;
          const bytes = Math.round((file.size * rows) / Math.max(1, total));
          preview.offer(() => {
            const { transfer, ...message } = readyTable(long(r));
            return { message: { type: 'preview', ...message, bytes }, transfer };
          });
        },
        // As for a CSV file, the reader steps aside while the page draws the preview.
        between: stepAside(preview, drawn),
      }),
    },
  );
  return cancelled() ? null : result;
}
