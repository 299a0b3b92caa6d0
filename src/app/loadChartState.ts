import { ChartMemo } from '../lib/charts/config/chartMemo';
import type { ChartConfig } from '../lib/charts/config/chartConfig';
import { seedChartData } from '../lib/charts/prepare/chartDataTransfer';
import { nothingToChart } from '../lib/charts/defaults/nothingToChart';
import type { Table } from '../lib/data/table';
import { configFromState, type ChartState } from '../lib/export';
import type { Citation } from '../lib/data/citation';
import type { Importer } from '../lib/state/UploadsState.svelte';
import { builtInCharts } from '../render/builtInChart';

/** A loaded chart, with the memo to draw it with (holding what the importer prepared). */
export type LoadedChart =
  { ok: true; table: Table; config: ChartConfig; memo: ChartMemo } | { ok: false; error: string };

const today = () => new Date().toISOString().slice(0, 10);

/** The citation of data read from a URL: the source the author named, or the address itself. */
function remoteCitation(src: string, source: string | undefined): Citation {
  const url = new URL(src);
  const name = decodeURIComponent(url.pathname.split('/').pop() || url.hostname);
  return source
    ? { id: 'file', kind: 'dataset', publisher: source, title: name, url: src, accessed: today() }
    : {
        id: 'file',
        kind: 'dataset',
        publisher: url.hostname,
        title: name,
        url: src,
        accessed: today(),
      };
}

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
    let blob: Blob;
    try {
      const response = await fetch(state.src);
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      blob = await response.blob();
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return {
        ok: false,
        error: `The data at ${state.src} could not be fetched (${why}). The server must allow the page to read it (CORS).`,
      };
    }
    const citation = remoteCitation(state.src, state.source);
    const done = await importer({ file: blob, name: citation.title, accessed: today() }, () => {})
      .result;
    if (!done) return { ok: false, error: 'The import was cancelled.' };
    if (!done.ok) return { ok: false, error: `${citation.title}: ${done.error}` };
    table = {
      ...done.table,
      provenance: { ...done.table.provenance, citations: [citation] },
    };
    base = done.config;
    const nothing = nothingToChart(table);
    if (nothing) return { ok: false, error: `${citation.title}: ${nothing}` };
    // The importer prepared the starting chart's data: the first draw need not pass over every row.
    if (done.prepared) seedChartData(table, done.prepared, memo);
  } else {
    return { ok: false, error: 'This chart names no data: give a dataset or a CSV address.' };
  }
  const applied = configFromState(table, base, state);
  return applied.ok ? { ok: true, table, config: applied.config, memo } : applied;
}
