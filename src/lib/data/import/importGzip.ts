import { createCsvImporter } from './createCsvImporter';
import { GzipError, gunzipChunks } from './gunzipChunks';
import { MAX_IMPORT_BYTES } from './importLimits';
import type { ImportOptions, ImportResult } from './importResult';
import { unexpectedError } from './unexpectedError';

/**
 * Imports gzip-compressed CSV text as it decompresses: each decompressed chunk goes straight
 * into the streaming CSV importer, so neither the compressed nor the decompressed file is
 * held whole. `options.size` is the compressed size, kept as the file's size. Never throws.
 */
export async function importGzip(
  source: AsyncIterable<Uint8Array>,
  options: ImportOptions,
): Promise<ImportResult> {
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  const importer = createCsvImporter({ ...options, size: undefined, maxBytes });
  try {
    for await (const chunk of gunzipChunks(source, maxBytes)) importer.push(chunk);
  } catch (e) {
    return { ok: false, error: e instanceof GzipError ? e.message : unexpectedError(e) };
  }
  const result = importer.finish();
  if (result.ok && options.size !== undefined) {
    const file = result.table.provenance.file;
    if (file) Object.assign(file, { size: options.size, format: 'gzip' });
  }
  return result;
}
