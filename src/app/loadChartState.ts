import { ChartMemo } from '../lib/charts/config/chartMemo';
import type { ChartConfig } from '../lib/charts/config/chartConfig';
import { seedChartData } from '../lib/charts/prepare/chartDataTransfer';
import type { Table } from '../lib/data/table';
import { configFromState, type ChartState } from '../lib/export';
import { readRemote } from './remoteData';
import type { Importer } from '../lib/state/UploadsState.svelte';
import { builtInCharts } from '../render/builtInChart';
import { loadTypeSwitch } from './loadTypeSwitch';

/** Stands in for the type switch where the state asks for the data's own type. */
const noSwitch = (_table: Table, config: ChartConfig) => config;

/** A loaded chart, with the memo to draw it with (holding what the importer prepared). */
export type LoadedChart =
  { ok: true; table: Table; config: ChartConfig; memo: ChartMemo } | { ok: false; error: string };

/**
 * Turns a chart state (from a link, an embed or the web component's attributes) into a table and
 * a chart config: a built-in dataset, or a CSV fetched from its URL and imported like an upload.
 */
export async function loadChartState(state: ChartState, importer: Importer): Promise<LoadedChart> {
  let table: Table;
  let base: ChartConfig;
  const memo = new ChartMemo();
  if (state.dataset) {
    const load = (await builtInCharts())[state.dataset];
    if (!load) return { ok: false, error: `There is no built-in dataset “${state.dataset}”.` };
    ({ table, config: base } = load());
  } else if (state.src) {
    const read = await readRemote(state, importer);
    if (!read.ok) return read;
    ({ table, config: base } = read);
    // The importer prepared the starting chart's data: the first draw need not pass over every row.
    if (read.prepared) seedChartData(table, read.prepared, memo);
  } else {
    return { ok: false, error: 'This chart names no data: give a dataset or a CSV address.' };
  }
  // A chart of another type than the data's own needs the type switch, which the web
  // component fetches beside it only then.
  const switchType = state.type && state.type !== base.type ? await loadTypeSwitch() : noSwitch;
  const applied = configFromState(table, base, state, switchType);
  return applied.ok ? { ok: true, table, config: applied.config, memo } : applied;
}
