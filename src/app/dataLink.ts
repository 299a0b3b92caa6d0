import { src as checkSrc, StateError } from '../lib/export/stateFields';

/** What the address asks to open: a data file's URL, a reason it cannot, or nothing. */
export type DataLink = { src: string } | { error: string } | null;

/**
 * The data file the dashboard's address names: `#src=URL` or `?src=URL` (a chart link,
 * `#v=1&…`, is read elsewhere). Checked as a chart link's `src` is: an absolute http(s) address,
 * no password, bounded length, no markup.
 */
export function dataLink(search: string, hash: string): DataLink {
  const fromHash = hash.startsWith('#src=') ? new URLSearchParams(hash.slice(1)).get('src') : null;
  const raw = fromHash ?? new URLSearchParams(search).get('src');
  if (raw === null) return null;
  try {
    return { src: checkSrc(encodeURIComponent(raw)) };
  } catch (e) {
    return {
      error: e instanceof StateError ? e.message : 'The link’s data address is not usable.',
    };
  }
}
