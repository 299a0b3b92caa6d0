/** The kinds of file the importer reads, told apart by their first bytes. */
export type FileFormat = 'gzip' | 'parquet' | 'xlsx' | 'text';

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

/**
 * The format of a file from its first bytes (four are enough): gzip (`1f 8b`), Parquet
 * (`PAR1`), a ZIP archive, which a workbook (.xlsx) is, or anything else, left to the CSV
 * importer (which refuses binaries it knows with a message). Names are never trusted.
 */
export function detectFormat(first: Uint8Array): FileFormat {
  if (startsWith(first, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(first, [0x50, 0x41, 0x52, 0x31])) return 'parquet';
  if (startsWith(first, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  return 'text';
}
