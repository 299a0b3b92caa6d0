import type { Citation } from '../data/citation';
import { MONTHS } from './citationFormats/citationDate';
import { safeUrl } from './safeUrl';

/** `2023-03-22` → `22 March 2023`; a bare year stays a year. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (!mo) return y;
  const month = MONTHS[Number(mo) - 1] ?? mo;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** Publisher, with its distributor: `CGTN via PR Newswire`. */
export function formatPublisher(c: Citation): string {
  return c.distributor ? `${c.publisher} via ${c.distributor}` : c.publisher;
}

/**
 * The one-line citation shown under a chart: publisher, “title”, place, date. A file the user
 * gave no source for says so: `User-supplied file trade.csv, imported 27 November 2026`.
 */
export function formatCitation(c: Citation): string {
  if (c.kind === 'user-file') {
    return `User-supplied file ${c.title}${c.accessed ? `, imported ${formatDate(c.accessed)}` : ''}`;
  }
  // A file that names its publisher but no title is titled by its own name, which the end of
  // the line says already.
  const untitled = c.readFromFile !== undefined && c.title === c.readFromFile;
  const parts = untitled ? [formatPublisher(c)] : [formatPublisher(c), `“${c.title}”`];
  if (c.place) parts.push(c.place);
  if (c.date) parts.push(formatDate(c.date));
  const url = safeUrl(c.url);
  if (url) parts.push(url);
  const text = parts.join(', ');
  if (!c.readFromFile) return text;
  const from = safeUrl(c.fetchedFrom);
  const file = from ? `${c.readFromFile} at ${from}` : c.readFromFile;
  return c.byLayout
    ? `${text} (recognised by the layout of the file ${file})`
    : `${text} (as the file ${file} says)`;
}
