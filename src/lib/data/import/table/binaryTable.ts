import type { Column, ImportIssue, Table } from '../../table';
import { markEstimates } from '../../meaning/markEstimates';
import { detectShape } from '../shape/detectShape';
import type { ImportOptions, ImportResult } from '../importResult';

/**
 * The table of a file read by columns (Parquet), with the provenance and meta a CSV's table
 * has: line 1 stands for the header (the schema) and row r for line r + 2, as in its CSV twin.
 */
export function binaryTable(
  columns: Column[],
  rowCount: number,
  issues: ImportIssue[],
  options: ImportOptions,
  file: { format: string },
): ImportResult {
  if (rowCount === 0) {
    const error = `The ${file.format} file holds no data rows. Check that this is the right file.`;
    return { ok: false, error };
  }
  // Row r stands for line r + 2, as in the file's CSV twin.
  issues.push(...markEstimates(columns, rowCount, (r) => r + 2));
  const shape = detectShape(columns);
  const meta = { encoding: 'utf-8', delimiter: ',', headerLine: 1, rows: rowCount, shape } as const;
  const table: Table = {
    id: `file:${options.name}`,
    name: options.name,
    rowCount,
    columns,
    provenance: {
      citations: [
        {
          id: 'file',
          kind: 'user-file',
          publisher: 'User-supplied file',
          title: options.name,
          accessed: options.accessed ?? new Date().toISOString().slice(0, 10),
        },
      ],
      file: { name: options.name, size: options.size ?? 0, ...meta, ...file },
    },
    issues: issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
  };
  return { ok: true, table, meta };
}
