import { ChartMemo } from '../lib/charts/config/chartMemo';
import type { ChartConfig } from '../lib/charts/config/chartConfig';
import { seedChartData } from '../lib/charts/prepare/chartDataTransfer';
import { nothingToChart } from '../lib/charts/defaults/nothingToChart';
import type { Table } from '../lib/data/table';
import { configFromState, type ChartState } from '../lib/export';
import type { Citation } from '../lib/data/citation';
import type { FileSource } from '../lib/data/meaning/readSource';
import { linkName } from '../lib/upload/fetchData';
import type { Importer } from '../lib/state/UploadsState.svelte';
import { builtInCharts } from '../render/builtInChart';

/** A loaded chart, with the memo to draw it with (holding what the importer prepared). */
export type LoadedChart =
  { ok: true; table: Table; config: ChartConfig; memo: ChartMemo } | { ok: false; error: string };

const today = () => new Date().toISOString().slice(0, 10);

/** An ISO date (`2023-10-26`, `2023-10`, `2023`): kept as the citation's date, not in its title. */
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * The citation of data read from a URL: the source the author named; else the publisher and
 * dataset the file names for itself, marked as the file's word; else the address's host. The
 * file's own name and the address it was fetched from are kept either way.
 */
export function remoteCitation(
  src: string,
  source: string | undefined,
  fileSource?: FileSource,
): Citation {
  const url = new URL(src);
  const name = linkName(url);
  const fetched = { id: 'file', kind: 'dataset', url: src, accessed: today() } as const;
  if (source) return { ...fetched, publisher: source, title: name };
  if (!fileSource) return { ...fetched, publisher: url.hostname, title: name };
  const { publisher, title, dataset, updated } = fileSource;
  const date = updated && ISO_DATE.test(updated) ? updated : null;
  const what = title && dataset && title !== dataset ? `${title} (${dataset})` : (title ?? dataset);
  return {
    ...fetched,
    publisher,
    title: [what ?? name, date ? null : updated].filter(Boolean).join(', '),
    ...(date ? { date } : {}),
    readFromFile: name,
  };
}

/**
 * The sentence for a `src` that could not be read, by cause (the dashboard's link opening words
 * the CORS case the same way): a missing file is a wrong link, another status the server's
 * trouble, and only a fetch that throws (no response the page may read) is about CORS.
 */
export function fetchFailure(src: string, failure: { status: number } | { thrown: unknown }) {
  const host = new URL(src).host;
  if ('status' in failure) {
    const { status } = failure;
    return status === 404 || status === 410
      ? `There is no file at ${src} (the server at ${host} answered ${status}): check the link.`
      : `The server at ${host} answered ${status} for ${src}: try again later, or check the address.`;
  }
  const why = failure.thrown instanceof Error ? failure.thrown.message : String(failure.thrown);
  return `The data at ${src} could not be read: the server at ${host} must let this page read it (send Access-Control-Allow-Origin, CORS), or it could not be reached (${why}).`;
}

/** The file at `src`, or why it could not be read. */
async function fetchSrc(
  src: string,
): Promise<{ ok: true; blob: Blob } | { ok: false; error: string }> {
  try {
    const response = await fetch(src);
    if (!response.ok) return { ok: false, error: fetchFailure(src, { status: response.status }) };
    return { ok: true, blob: await response.blob() };
  } catch (thrown) {
    return { ok: false, error: fetchFailure(src, { thrown }) };
  }
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
    const fetched = await fetchSrc(state.src);
    if (!fetched.ok) return fetched;
    const name = linkName(new URL(state.src));
    const done = await importer({ file: fetched.blob, name, accessed: today() }, () => {}).result;
    if (!done) return { ok: false, error: 'The import was cancelled.' };
    if (!done.ok) return { ok: false, error: `${name}: ${done.error}` };
    const { fileSource } = done.table.provenance;
    const citation = remoteCitation(state.src, state.source, fileSource);
    table = {
      ...done.table,
      provenance: { ...done.table.provenance, citations: [citation] },
    };
    base = done.config;
    const nothing = nothingToChart(table);
    if (nothing) return { ok: false, error: `${name}: ${nothing}` };
    // The importer prepared the starting chart's data: the first draw need not pass over every row.
    if (done.prepared) seedChartData(table, done.prepared, memo);
  } else {
    return { ok: false, error: 'This chart names no data: give a dataset or a CSV address.' };
  }
  const applied = configFromState(table, base, state);
  return applied.ok ? { ok: true, table, config: applied.config, memo } : applied;
}
