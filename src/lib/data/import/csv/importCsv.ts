import { createCsvImporter } from './createCsvImporter';
import type { ImportOptions, ImportResult } from '../importResult';

/**
 * Imports a whole CSV file held in memory: the one-call path for the CLI and tests. It feeds
 * the same streaming importer a Web Worker uses. Never throws.
 */
export function importCsv(bytes: Uint8Array, options: ImportOptions): ImportResult {
  const importer = createCsvImporter({ ...options, size: options.size ?? bytes.length });
  importer.push(bytes);
  return importer.finish();
}
