import { decodeState } from '../../export/decodeState';
import { safeUrl } from '../safeUrl';

/**
 * The address to cite a chart of the page at `href` by. The dashboard's `#…` holds the chart the
 * reader changed last, which may be another chart: it is kept only when it holds this chart's
 * title as shown (an edited title, which a link without it would not show). Query kept, so a
 * `?src=` data link still opens its data. Undefined for a page not served over http(s).
 */
export function chartPageUrl(
  href: string | undefined,
  title: string | undefined,
): string | undefined {
  const safe = safeUrl(href);
  if (!safe) return undefined;
  const url = new URL(safe);
  const hash = url.hash;
  url.hash = '';
  if (!hash || !title) return url.href;
  const linked = decodeState(hash);
  return linked.ok && linked.state.title === title ? `${url.href}${hash}` : url.href;
}
