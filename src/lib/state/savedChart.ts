import type { ChartConfig } from '../charts/config/chartConfig';
import { defaultChartConfig } from '../charts/defaults/defaultChartConfig';
import type { Table } from '../data/table';
import { configFromState } from '../export/configFromState';
import { switchChartType } from '../charts/config/switchChartType';
import { decodeState } from '../export/decodeState';
import { encodeState, STATE_LIMITS, type ChartState } from '../export/urlState';
import type { StoredTable } from '../storage/tableStore';
import type { UploadedDataset } from './uploadTypes';

/** The chart a state draws on `table`, checked as a link would be; none when it does not fit. */
function applied(table: Table, chart: ChartState): ChartConfig | undefined {
  const checked = decodeState(encodeState({ ...chart, type: chart.type ?? 'line' }));
  if (!checked.ok) return undefined;
  const done = configFromState(table, defaultChartConfig(table), checked.state, switchChartType);
  return done.ok ? done.config : undefined;
}

/**
 * The chart saved with a table, checked as a link would be; none when it no longer fits. A
 * filter longer than a link holds (ranked bars of every economy list them all) is left for
 * the chart type to make again, so the chart's type, title and notes still come back.
 */
export function savedChart(table: Table, chart: ChartState | undefined): ChartConfig | undefined {
  if (!chart) return undefined;
  const fits = Object.entries(chart.filters ?? {}).filter(([, v]) => v.length <= STATE_LIMITS.list);
  return applied(table, chart) ?? applied(table, { ...chart, filters: Object.fromEntries(fits) });
}

/** A table kept in an earlier visit, back on the page with its chart as it was left. */
export function restoredDataset(stored: StoredTable): UploadedDataset {
  const table = { ...stored.table, id: stored.id };
  return { id: stored.id, table, config: savedChart(table, stored.chart), reshaped: false };
}
