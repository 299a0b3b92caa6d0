import type { WholeFormat } from '../data/import';
import type { BinaryReader } from './binaryReaders';

/**
 * The web component's stand-in for binaryReaders (it stays one small file): Parquet and
 * workbooks are read by the dashboard and the command line; API JSON, small, is read here too.
 */
export async function loadBinaryReader(format: WholeFormat): Promise<BinaryReader> {
  if (format === 'json') {
    const { importJson } = await import('../data/import/json/importJson');
    return async (file, options) => importJson(new Uint8Array(await file.arrayBuffer()), options);
  }
  const what = format === 'parquet' ? 'a Parquet file' : 'an Excel workbook';
  const error = `The chart component reads CSV text (gzipped too) and API JSON, and this is ${what}: open it in the Tradelens dashboard, or convert it to CSV (tradelens convert).`;
  return async () => ({ ok: false, error });
}
