import type { ParquetHooks } from '../data/import/parquet/importParquet';
import type { ImportOptions, ImportResult } from '../data/import';

/** Reads a whole Parquet or workbook file (a Blob) into a table; never throws. */
export type BinaryReader = (
  file: Blob,
  options: ImportOptions,
  hooks: ParquetHooks,
) => Promise<ImportResult>;

/**
 * The reader of a binary format, loaded only when a file needs it (a chunk of its own, never
 * in the page's first load). Parquet is read by byte ranges of the file, as hyparquet asks.
 */
export async function loadBinaryReader(format: 'parquet' | 'xlsx'): Promise<BinaryReader> {
  if (format === 'parquet') {
    const { importParquet } = await import('../data/import/parquet/importParquet');
    return (file, options, hooks) =>
      importParquet(
        { byteLength: file.size, slice: (start, end) => file.slice(start, end).arrayBuffer() },
        options,
        hooks,
      );
  }
  const { importWorkbook } = await import('../data/import/workbook/importWorkbook');
  return (file, options) => importWorkbook(file, options);
}
