import { columnValue, findColumn } from '../../data/columnValue';
import type { Column, Table } from '../../data/table';
import type { Citation } from '../../data/citation';
import { formatCitation } from '../../provenance/formatCitation';
import type { PointSource } from '../spec';

/** The citation a column's values come from: its own, else the table's first. */
export function columnCitation(table: Table, column: Column): Citation {
  const cited = table.provenance.citations.find((c) => c.id === column.citationId);
  return cited ?? table.provenance.citations[0];
}

const cell = (table: Table, name: string | undefined, row: number): string | undefined => {
  const column = name ? findColumn(table, name) : undefined;
  const v = column ? columnValue(column, row) : null;
  return v === null ? undefined : String(v);
};

/**
 * Where the value in (column, row) comes from: the row's own page when the table has one.
 * Row -1 (a sum of rows, or a derived value) gets the column's citation.
 */
export function pointSource(table: Table, column: Column, row: number): PointSource {
  const citation = columnCitation(table, column);
  const rs = table.provenance.rowSources;
  if (row >= 0 && rs && rs.columns.includes(column.name)) {
    const reportedBy = cell(table, rs.reportedBy, row);
    const url = cell(table, rs.url, row);
    return {
      citationId: citation?.id ?? 'unknown',
      text: reportedBy ?? (citation ? formatCitation(citation) : 'Unknown source'),
      url,
      quote: cell(table, rs.quote, row),
      note: cell(table, rs.note, row),
    };
  }
  return {
    citationId: citation?.id ?? 'unknown',
    text: citation ? formatCitation(citation) : 'Unknown source',
    ...(citation ? { short: shortSource(citation) } : {}),
    url: citation?.url,
  };
}

/** Titles up to this long are named with the publisher in a tooltip; longer ones wait a step. */
const SHORT_TITLE = 40;

/** A citation's short name: its publisher, with a short title (`UN Comtrade, “…”`). */
export function shortSource(citation: Citation): string {
  const title = citation.title?.trim();
  return title && title.length <= SHORT_TITLE && title !== citation.publisher
    ? `${citation.publisher}, “${title}”`
    : citation.publisher;
}
