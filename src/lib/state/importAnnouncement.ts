import { nothingToChart } from '../charts/defaults/nothingToChart';
import { formatAsReported } from '../charts/words/format';
import type { Table } from '../data/table';

/**
 * What the page says once a file is read: charted, with its rows; or read with nothing to chart
 * (the table is kept and shown with why), never said to be charted beside the alert saying not.
 */
export function importAnnouncement(name: string, table: Table): string {
  const n = table.rowCount;
  // Not toLocaleString: its first call loads the locale's number data, while the table is drawn.
  const rows = n === 1 ? '1 row' : `${formatAsReported(n)} rows`;
  return nothingToChart(table)
    ? `${name}: read, ${rows}, but there is nothing to chart; see below why.`
    : `${name}: charted below, ${rows}.`;
}
