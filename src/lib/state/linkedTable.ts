import type { Table } from '../data/table';
import type { Citation } from '../data/citation';
import { linkName } from '../upload/fetchData';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * A table opened from a link, cited as coming from that link's host: the file's own name and
 * address, the host as publisher. Nothing the file says is taken as verified.
 */
export function linkedTable(table: Table, address: string): Table {
  const url = new URL(address);
  const citation: Citation = {
    id: table.provenance.citations[0]?.id ?? 'file',
    kind: 'dataset',
    publisher: url.host,
    title: linkName(url),
    url: address,
    accessed: today(),
  };
  return {
    ...table,
    provenance: {
      ...table.provenance,
      citations: [citation, ...table.provenance.citations.slice(1)],
    },
  };
}
