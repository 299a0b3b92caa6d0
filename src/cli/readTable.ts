import { importBytes, type ImportMeta } from '../lib/data/import';
import type { Table } from '../lib/data/table';
import { CliError, type CliIo } from './cliCommand';

function basename(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

/** Why a path could not be read, in words, from a Node file-system error. */
function readFailure(path: string, error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ENOENT') return `cannot read "${path}": there is no such file. Check the path.`;
  if (code === 'EISDIR')
    return `"${path}" is a folder, not a file. Give the path of a data file (CSV, TSV, .xlsx, .parquet, .gz).`;
  if (code === 'EACCES' || code === 'EPERM')
    return `cannot read "${path}": permission denied. Check the file's permissions.`;
  const detail = error instanceof Error ? error.message : String(error);
  return `cannot read "${path}": ${detail}. Check the path.`;
}

/**
 * Reads and imports FILE, whatever its format by its bytes (CSV/TSV text, gzip, Parquet, an
 * .xlsx workbook's `sheet` or first sheet); anything that makes it unusable is a CliError (exit 2).
 */
export async function readTable(
  path: string,
  io: CliIo,
  sheet?: string,
): Promise<{ table: Table; meta: ImportMeta; lines?: Int32Array }> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    throw new CliError(readFailure(path, error));
  }
  const result = await importBytes(bytes, {
    name: basename(path),
    sheet,
    accessed: io.today?.() ?? new Date().toISOString().slice(0, 10),
    keepLines: true,
  });
  if (!result.ok) {
    const reason = result.error.charAt(0).toLowerCase() + result.error.slice(1);
    throw new CliError(`cannot use "${path}": ${reason}`);
  }
  return result;
}
