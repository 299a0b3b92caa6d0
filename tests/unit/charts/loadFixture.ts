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

/** A table from CSV text written in a test, imported as an upload is (kept in its shape). */
export function csvTable(text: string, name = 'test.csv'): Table {
  const result = importCsv(new TextEncoder().encode(text), { name, accessed: '2026-01-01' });
  if (!result.ok) throw new Error(result.error);
  return result.table;
}
