import type { ChartConfig } from '../charts/config/chartConfig';
import { defaultChartConfig } from '../charts/defaults/defaultChartConfig';
import type { Table } from '../data/table';
import { configFromState } from '../export/configFromState';
import { switchChartType } from '../charts/config/switchChartType';
import { decodeState } from '../export/decodeState';
import { encodeState, type ChartState } from '../export/urlState';
import type { StoredTable } from '../storage/tableStore';
import type { UploadedDataset } from './uploadTypes';

/** The chart saved with a table, checked as a link would be; none when it no longer fits. */
export function savedChart(table: Table, chart: ChartState | undefined): ChartConfig | undefined {
  if (!chart) return undefined;
  const checked = decodeState(encodeState({ ...chart, type: chart.type ?? 'line' }));
  if (!checked.ok) return undefined;
  const applied = configFromState(table, defaultChartConfig(table), checked.state, switchChartType);
  return applied.ok ? applied.config : undefined;
}

/** A table kept in an earlier visit, back on the page with its chart as it was left. */
export function restoredDataset(stored: StoredTable): UploadedDataset {
  const table = { ...stored.table, id: stored.id };
  return { id: stored.id, table, config: savedChart(table, stored.chart), reshaped: false };
}
