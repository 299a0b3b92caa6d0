import { detectFormat, type WholeFormat } from './detectFormat';
import { importCsv } from './csv/importCsv';
import { importGzip } from './gzip/importGzip';
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

/** Reads a whole Parquet file, workbook or JSON answer with its reader, loaded only now. */
async function readWhole(
  format: WholeFormat,
  buffer: ArrayBuffer,
  options: FileImportOptions,
): Promise<ImportResult> {
  if (format === 'parquet') {
    const { importParquet } = await import('./parquet/importParquet');
    return importParquet(buffer, options);
  }
  if (format === 'json') {
    const { importJson } = await import('./json/importJson');
    return importJson(new Uint8Array(buffer), options);
  }
  const { importWorkbook } = await import('./workbook/importWorkbook');
  return importWorkbook(buffer, options);
}

/**
 * Imports a whole file held in memory, whatever its format, judged by its bytes: CSV or TSV
 * text, Parquet, an .xlsx workbook (`options.sheet`, else its first sheet), API JSON, and any of these
 * gzipped. The one-call path for the CLI and tests. Never throws.
 */
export async function importBytes(
  bytes: Uint8Array,
  options: FileImportOptions,
): Promise<ImportResult> {
  const withSize = { ...options, size: options.size ?? bytes.length };
  try {
    const format = detectFormat(bytes);
    if (format === 'gzip') {
      return await importGzip(pieces(bytes), withSize, async (inner, blob) =>
        readWhole(inner, await blob.arrayBuffer(), withSize),
      );
    }
    if (format === 'text') return importCsv(bytes, withSize);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
    return await readWhole(format, buffer as ArrayBuffer, withSize);
  } catch (e) {
    return { ok: false, error: unexpectedError(e) };
  }
}
