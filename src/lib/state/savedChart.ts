import type { ChartConfig } from '../charts/config';
import { defaultChartConfig } from '../charts/defaultChartConfig';
import type { Table } from '../data/table';
import { configFromState } from '../export/configFromState';
import { decodeState } from '../export/decodeState';
import { encodeState, type ChartState } from '../export/urlState';

/** The chart saved with a table, checked as a link would be; none when it no longer fits. */
export function savedChart(table: Table, chart: ChartState | undefined): ChartConfig | undefined {
  if (!chart) return undefined;
  const checked = decodeState(encodeState({ ...chart, type: chart.type ?? 'line' }));
  if (!checked.ok) return undefined;
  const applied = configFromState(table, defaultChartConfig(table), checked.state);
  return applied.ok ? applied.config : undefined;
}
