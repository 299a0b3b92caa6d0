import { detectFormat } from './detectFormat';
import { importCsv } from './importCsv';
import { importGzip } from './importGzip';
import type { ImportOptions, ImportResult } from './importResult';
import { unexpectedError } from './unexpectedError';

/** What a caller may choose about a file besides its name: the sheet of a workbook. */
export interface FileImportOptions extends ImportOptions {
  /** The workbook sheet to read (default: the first). */
  sheet?: string;
}

/** Pieces fed to a streaming reader at once. */
const PIECE = 1 << 20;

async function* pieces(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += PIECE) yield bytes.subarray(at, at + PIECE);
}

/**
 * Imports a whole file held in memory, whatever its format, judged by its bytes: CSV or TSV
 * text, gzip-compressed text. The one-call path for the CLI and tests. Never throws.
 */
export async function importBytes(
  bytes: Uint8Array,
  options: FileImportOptions,
): Promise<ImportResult> {
  const withSize = { ...options, size: options.size ?? bytes.length };
  try {
    switch (detectFormat(bytes)) {
      case 'gzip':
        return await importGzip(pieces(bytes), withSize);
      case 'parquet': {
        const { importParquet } = await import('./parquet/importParquet');
        const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
        return await importParquet(buffer as ArrayBuffer, withSize);
      }
      case 'xlsx': {
        const { importWorkbook } = await import('./workbook/importWorkbook');
        const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
        return await importWorkbook(buffer as ArrayBuffer, withSize);
      }
      default:
        return importCsv(bytes, withSize);
    }
  } catch (e) {
    return { ok: false, error: unexpectedError(e) };
  }
}
