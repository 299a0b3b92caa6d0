import type { Column, ImportIssue } from '../table';
import { estimatesAfter, type Marked } from './estimatesAfter';
import { flagColumns } from './flagColumns';

/**
 * Keeps per value what a file says of its values' standing: estimates after a row's last
 * reported period (IMF WEO), Comtrade's estimation flags, flag columns beside a value column.
 * Each becomes a flag on the value itself (`e` for an estimate), so every chart, table and
 * download can say it. Returns an info issue per column read, with the lines of its first rows.
 */
export function markEstimates(
  columns: Column[],
  rowCount: number,
  lineOf: (row: number) => number,
): ImportIssue[] {
  const marked: Marked[] = [];
  const after = estimatesAfter(columns, rowCount);
  if (after) marked.push(after);
  marked.push(...flagColumns(columns, rowCount));
  return marked
    .filter((m) => m.count > 0)
    .map((m) => {
      const lines = m.rows.map(lineOf);
      return {
        line: lines[0] ?? null,
        column: m.column,
        message:
          `Read “${m.column}” as ${m.what}: ${m.count.toLocaleString('en')} values marked ` +
          `(first on line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}); charts draw ` +
          'estimated values dashed or lighter and name them.',
        severity: 'info' as const,
      };
    });
}
