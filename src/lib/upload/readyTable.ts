import { exportChartData } from '../charts/prepare/chartDataTransfer';
import { defaultChartConfig } from '../charts/defaults/defaultChartConfig';
import { toLong, type ImportResult } from '../data/import';
import type { Table } from '../data/table';
import { tableTransferables } from '../data/transferTable';

/** The table of a read, long: a wide file (periods as columns) gives one row per period. */
export const long = (r: Extract<ImportResult, { ok: true }>): Table =>
  r.meta.shape === 'wide' ? toLong(r.table) : r.table;

/**
 * A table ready to post: its starting chart, that chart's data prepared here (so the page's
 * first draw does not make a pass over every row), and every buffer to transfer, once each.
 */
export function readyTable(table: Table) {
  const config = defaultChartConfig(table);
  const { payload, transfer } = exportChartData(table, config);
  return {
    table,
    config,
    prepared: payload,
    transfer: [...new Set([...tableTransferables(table), ...transfer])],
  };
}
