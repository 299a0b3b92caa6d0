import type { Citation } from '../lib/data/citation';
import type { Table } from '../lib/data/table';
import type { ChartConfig } from '../lib/charts/config/chartConfig';
import type { ChartState } from '../lib/export';
import type { Importer } from '../lib/state/UploadsState.svelte';
import type { ChartDataPayload } from '../lib/charts/prepare/chartDataTransfer';
import { linkName } from '../lib/upload/fetchData';
import { nothingToChart } from '../lib/charts/defaults/nothingToChart';

/*
 * Reading a chart's data from its address: in the pages' bundle, and in trade-chart-import.js
 * for <trade-chart src>, so a report that charts a built-in dataset never loads it.
 */

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The citation of data read from a URL: the source the author named; else the one the file
 * names for itself, exactly as the dashboard cites the same file uploaded (its date, its
 * publisher's address, marked as the file's word), with the address it was fetched from beside
 * it, never as the publisher's; else the address's host.
 */
export function remoteCitation(
  src: string,
  source: string | undefined,
  fileCited?: Citation,
): Citation {
  const url = new URL(src);
  const name = linkName(url);
  const fetched = { id: 'file', kind: 'dataset', url: src, accessed: today() } as const;
  if (source) return { ...fetched, publisher: source, title: name };
  if (fileCited?.kind === 'dataset' && fileCited.readFromFile)
    return { ...fileCited, fetchedFrom: src, accessed: fetched.accessed };
  return { ...fetched, publisher: url.hostname, title: name };
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

/** A file read from an address, imported and cited; or why it could not be. */
export type RemoteData =
  | { ok: true; name: string; table: Table; config: ChartConfig; prepared?: ChartDataPayload }
  | { ok: false; error: string };

/**
 * Fetches `state.src`, imports it with `importer` and cites it (the author's source first); a
 * table with nothing to chart says why.
 */
export async function readRemote(state: ChartState, importer: Importer): Promise<RemoteData> {
  const src = state.src!;
  const fetched = await fetchSrc(src);
  if (!fetched.ok) return fetched;
  const name = linkName(new URL(src));
  const done = await importer({ file: fetched.blob, name, accessed: today() }, () => {}).result;
  if (!done) return { ok: false, error: 'The import was cancelled.' };
  if (!done.ok) return { ok: false, error: `${name}: ${done.error}` };
  const citation = remoteCitation(src, state.source, done.table.provenance.citations[0]);
  const table = { ...done.table, provenance: { ...done.table.provenance, citations: [citation] } };
  const nothing = nothingToChart(table);
  if (nothing) return { ok: false, error: `${name}: ${nothing}` };
  return { ok: true, name, table, config: done.config, prepared: done.prepared };
}
