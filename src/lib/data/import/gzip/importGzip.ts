import { createCsvImporter } from '../csv/createCsvImporter';
import { detectFormat, type WholeFormat } from '../detectFormat';
import { GzipError, gunzipChunks } from './gunzipChunks';
import { MAX_IMPORT_BYTES } from '../importLimits';
import type { ImportOptions, ImportResult } from '../importResult';
import { unexpectedError } from '../unexpectedError';

/**
 * Imports gzip-compressed CSV text as it decompresses: each decompressed chunk goes straight
 * into the streaming CSV importer, so neither the compressed nor the decompressed file is
 * held whole. `options.size` is the compressed size, kept as the file's size. A gzipped
 * Parquet file, workbook or JSON answer (told by its decompressed bytes) is decompressed whole, within the
 * size cap, and given to `readWhole`. Never throws.
 */
export async function importGzip(
  source: AsyncIterable<Uint8Array>,
  options: ImportOptions,
  readWhole?: (format: WholeFormat, bytes: Blob) => Promise<ImportResult>,
): Promise<ImportResult> {
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  const importer = createCsvImporter({ ...options, size: undefined, maxBytes });
  let whole: { format: WholeFormat; chunks: Uint8Array<ArrayBuffer>[] } | null = null;
  let first = true;
  try {
    for await (const chunk of gunzipChunks(source, maxBytes)) {
      const format = first ? detectFormat(chunk) : 'text';
      first = false;
      if (readWhole && format !== 'text' && format !== 'gzip') whole = { format, chunks: [] };
      if (whole) whole.chunks.push(chunk as Uint8Array<ArrayBuffer>);
      else importer.push(chunk);
    }
  } catch (e) {
    return { ok: false, error: e instanceof GzipError ? e.message : unexpectedError(e) };
  }
  if (whole) return readWhole!(whole.format, new Blob(whole.chunks));
  const result = importer.finish();
  if (result.ok && options.size !== undefined) {
    const file = result.table.provenance.file;
    if (file) Object.assign(file, { size: options.size, format: 'gzip' });
  }
  return result;
}
