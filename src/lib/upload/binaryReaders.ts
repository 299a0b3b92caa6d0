import type { ParquetHooks } from '../data/import/parquet/importParquet';
import type { FileImportOptions, ImportResult, WholeFormat } from '../data/import';

/** Reads a whole Parquet, workbook or JSON file (a Blob) into a table; never throws. */
export type BinaryReader = (
  file: Blob,
  options: FileImportOptions,
  hooks: ParquetHooks,
) => Promise<ImportResult>;

/**
 * The reader of a format read whole, loaded only when a file needs it (a chunk of its own,
 * never in the page's first load). Parquet is read by byte ranges of the file, as hyparquet
 * asks; a workbook reads `options.sheet`, else its first sheet.
 */
export async function loadBinaryReader(format: WholeFormat): Promise<BinaryReader> {
  if (format === 'parquet') {
    const { importParquet } = await import('../data/import/parquet/importParquet');
    return (file, options, hooks) =>
      importParquet(
        { byteLength: file.size, slice: (start, end) => file.slice(start, end).arrayBuffer() },
        options,
        hooks,
      );
  }
  if (format === 'json') {
    const { importJson } = await import('../data/import/json/importJson');
    return async (file, options) => importJson(new Uint8Array(await file.arrayBuffer()), options);
  }
  const { importWorkbook } = await import('../data/import/workbook/importWorkbook');
  return (file, options) => importWorkbook(file, options);
}
