import { MAX_IMPORT_BYTES } from '../data/import/importLimits';
import { formatBytes } from '../data/import/refuseFile';

/** A data file read from a link: its bytes, or a sentence saying what is wrong and what to do. */
export type FetchedData = { ok: true; file: Blob; name: string } | { ok: false; error: string };

/** Content types that are never a data file: a link to a page, not to its download. */
const NOT_DATA = /^(text\/html|application\/xhtml\+xml|image\/|audio\/|video\/|application\/pdf)/i;

/** The file name a link gives: its last path segment, else the host's name. */
export function linkName(url: URL): string {
  const last = url.pathname.split('/').pop() ?? '';
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // A malformed escape is shown as written.
  }
  return name || url.hostname;
}

/**
 * Reads a data file from a link with the browser's fetch, streamed with progress: a server that
 * refuses the page (CORS), an error status, a web page where a file was expected, or a file past
 * the size the importer reads each get one clear message. The page's Content-Security-Policy
 * lets it fetch over https only, so an http link is refused before it is tried.
 */
export async function fetchData(
  address: string,
  onprogress: (bytes: number, total: number) => void,
  signal?: AbortSignal,
  fetcher: typeof fetch = fetch,
): Promise<FetchedData> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { ok: false, error: 'The link’s data address is not a full web address.' };
  }
  const host = url.host;
  const here = globalThis.location?.origin;
  if (url.protocol !== 'https:' && url.origin !== here)
    return {
      ok: false,
      error: `Tradelens opens data from other sites over https only; ask for an https:// address of the file on ${host}.`,
    };
  let response: Response;
  try {
    response = await fetcher(url.href, { signal, credentials: 'omit', redirect: 'follow' });
  } catch (e) {
    if (signal?.aborted) return { ok: false, error: 'Cancelled.' };
    return {
      ok: false,
      error: `The server at ${host} did not let this page read the file: it must send Access-Control-Allow-Origin (CORS), or it could not be reached (${e instanceof Error ? e.message : e}). Download the file and drop it here instead.`,
    };
  }
  if (!response.ok)
    return {
      ok: false,
      error: `The server at ${host} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}: check the address, or download the file and drop it here.`,
    };
  const type = response.headers.get('content-type') ?? '';
  if (NOT_DATA.test(type))
    return {
      ok: false,
      error: `The address gives ${type.split(';')[0]}, not a data file: link to the CSV file itself, not to the page that offers it.`,
    };
  const total = Number(response.headers.get('content-length')) || 0;
  if (total > MAX_IMPORT_BYTES)
    return {
      ok: false,
      error: `The file is ${formatBytes(total)}, more than the ${formatBytes(MAX_IMPORT_BYTES)} Tradelens reads; filter or split it first.`,
    };
  const parts: Uint8Array[] = [];
  let bytes = 0;
  const reader = response.body?.getReader();
  if (!reader) return { ok: true, file: await response.blob(), name: linkName(url) };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > MAX_IMPORT_BYTES) {
      void reader.cancel();
      return {
        ok: false,
        error: `The file is more than the ${formatBytes(MAX_IMPORT_BYTES)} Tradelens reads; filter or split it first.`,
      };
    }
    parts.push(value);
    onprogress(bytes, total);
  }
  return { ok: true, file: new Blob(parts as BlobPart[], { type }), name: linkName(url) };
}
