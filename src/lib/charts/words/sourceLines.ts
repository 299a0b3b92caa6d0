import type { Column, Table } from '../../data/table';
import { formatCitation } from '../../provenance/formatCitation';
import { columnCitation } from './pointSource';
import type { SourceLine } from '../spec';

/**
 * One source line per citation the charted columns use, then any extra (overlay) sources.
 * A chart that charts no column yet (nothing picked) still names the table's sources: no
 * chart goes without a source line.
 */
export function sourceLines(table: Table, columns: Column[], extra: SourceLine[]): SourceLine[] {
  const seen = new Set<string>();
  const lines: SourceLine[] = [];
  const cited = columns.map((column) => columnCitation(table, column));
  const citations = cited.some(Boolean) ? cited : table.provenance.citations;
  for (const c of citations) {
    if (!c || seen.has(c.id)) continue;
    seen.add(c.id);
    lines.push({ id: c.id, text: formatCitation(c), url: c.url });
  }
  for (const line of extra) {
    if (seen.has(line.id)) continue;
    seen.add(line.id);
    lines.push(line);
  }
  return lines;
}
