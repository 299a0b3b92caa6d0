import { readFileSync } from 'node:fs';
import { importCsv, toLong } from '../../../src/lib/data/import';
import type { Table } from '../../../src/lib/data/table';

/** A real file from tests/fixtures/real (see its README), imported and made long as the dashboard does. */
export function loadFixture(path: string): Table {
  const bytes = new Uint8Array(readFileSync(`tests/fixtures/real/${path}`));
  const result = importCsv(bytes, { name: path.split('/').pop()!, accessed: '2025-01-01' });
  if (!result.ok) throw new Error(result.error);
  return toLong(result.table);
}
