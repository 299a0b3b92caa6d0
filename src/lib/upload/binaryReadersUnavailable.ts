import type { BinaryReader } from './binaryReaders';

/**
 * The web component's stand-in for binaryReaders (it stays one small file): Parquet and
 * workbooks are read by the dashboard and the command line.
 */
export async function loadBinaryReader(format: 'parquet' | 'xlsx'): Promise<BinaryReader> {
  const what = format === 'parquet' ? 'a Parquet file' : 'an Excel workbook';
  const error = `The chart component reads CSV text (gzipped too), and this is ${what}: open it in the Tradelens dashboard, or convert it to CSV (tradelens convert).`;
  return async () => ({ ok: false, error });
}
