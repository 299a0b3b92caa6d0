/** The kinds of file the importer reads, told apart by their first bytes. */
export type FileFormat = 'gzip' | 'parquet' | 'xlsx' | 'json' | 'text';

/** The formats read whole by a reader of their own (loaded when a file needs it). */
export type WholeFormat = 'parquet' | 'xlsx' | 'json';

/** Bytes detectFormat needs to see. */
export const FORMAT_HEAD_BYTES = 64;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const isBlank = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * The first character after a BOM and blank space opens a JSON object, or an array whose
 * first item is an object, array, string, number or nothing (`[` then a letter is a CSV
 * header cell such as `[Country]`).
 */
function looksLikeJson(head: Uint8Array): boolean {
  let i = startsWith(head, UTF8_BOM) ? 3 : 0;
  while (i < head.length && isBlank(head[i])) i++;
  if (head[i] === 0x7b) return true; // {
  if (head[i] !== 0x5b) return false; // [
  for (i++; i < head.length; i++) {
    const c = head[i];
    if (isBlank(c)) continue;
    return c === 0x7b || c === 0x5b || c === 0x22 || c === 0x5d || (c >= 0x30 && c <= 0x39);
  }
  return true;
}

/**
 * The format of a file from its first bytes (FORMAT_HEAD_BYTES are enough): gzip (`1f 8b`),
 * Parquet (`PAR1`), a ZIP archive, which a workbook (.xlsx) is, JSON (an API answer), or
 * anything else, left to the CSV importer (which refuses binaries it knows with a message).
 * Names are never trusted.
 */
export function detectFormat(first: Uint8Array): FileFormat {
  if (startsWith(first, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(first, [0x50, 0x41, 0x52, 0x31])) return 'parquet';
  if (startsWith(first, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  if (looksLikeJson(first)) return 'json';
  return 'text';
}
