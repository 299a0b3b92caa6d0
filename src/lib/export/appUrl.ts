import { safeUrl } from '../provenance/safeUrl';

/**
 * The URL of one of the app's files (`embed.html`, `trade-chart.js`) from the address where `dist/`
 * is served: `https://example.org/charts` and `https://example.org/charts/index.html` both mean the
 * folder `https://example.org/charts/`. Query and hash are dropped. Throws for a base that is not an
 * absolute http(s) URL, which is a programming error, not a reader's.
 */
export function appUrl(baseUrl: string, file: string): string {
  const safe = safeUrl(baseUrl);
  if (!safe) throw new TypeError('appUrl: baseUrl must be an absolute http(s) URL');
  const url = new URL(safe);
  url.search = '';
  url.hash = '';
  const segments = url.pathname.split('/');
  const last = segments[segments.length - 1];
  if (last.includes('.')) segments.pop();
  url.pathname = `${segments.join('/').replace(/\/$/, '')}/`;
  return new URL(file, url).href;
}
