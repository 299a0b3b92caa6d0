import { columnValue, findColumn } from '../data/columnValue';
import type { Table } from '../data/table';

export interface RowSource {
  period: string;
  /** The value as reported, or null where the source gives none (a gap). */
  value: number | null;
  reportedBy?: string;
  url?: string;
  quote?: string;
  note?: string;
}

/** Every row's own source, for a table whose rows cite their pages (the annual series). */
export function listRowSources(table: Table, periodColumn: string): RowSource[] {
  const rs = table.provenance.rowSources;
  if (!rs) return [];
  const get = (name: string | undefined, row: number) => {
    const c = name ? findColumn(table, name) : undefined;
    const v = c ? columnValue(c, row) : null;
    return v === null ? undefined : String(v);
  };
  const valueColumn = findColumn(table, rs.columns[0]);
  return Array.from({ length: table.rowCount }, (_, row) => {
    const v = valueColumn ? columnValue(valueColumn, row) : null;
    return {
      period: get(periodColumn, row) ?? '',
      value: typeof v === 'number' ? v : null,
      reportedBy: get(rs.reportedBy, row),
      url: get(rs.url, row),
      quote: get(rs.quote, row),
      note: get(rs.note, row),
    };
  });
}
