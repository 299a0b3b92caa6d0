import type { Column, Table } from '../data/table';
import { formatCitation } from '../provenance/formatCitation';
import { columnCitation } from './pointSource';
import type { SourceLine } from './spec';

/** One source line per citation the charted columns use, then any extra (overlay) sources. */
export function sourceLines(table: Table, columns: Column[], extra: SourceLine[]): SourceLine[] {
  const seen = new Set<string>();
  const lines: SourceLine[] = [];
  for (const column of columns) {
    const c = columnCitation(table, column);
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
