import type { Citation } from '../../data/citation';
import { safeUrl } from '../safeUrl';
import { bibtexKey } from './bibtexKey';
import { formatUsDate, isoDate, parseCitationDate, type DateParts } from './citationDate';
import { bibtexEntry, bibtexUrl, escapeBibtex } from './formatBibtex';
import { risDate, risRecord } from './formatRis';
import { endSentence, plainText } from './plainText';
import { cslDate, type CslItem } from './toCslJson';

/** A chart as a work of its own, cited besides the sources of its figures. */
export interface ChartWork {
  /** The title as shown, the author's edits included. */
  title: string | undefined;
  /** Where the chart can be seen: its link, or the page that shows it. */
  url?: string;
  /** The day it was seen, ISO `YYYY-MM-DD`. */
  accessed?: string;
  /** Whose figures it shows. */
  sources: Citation[];
}

const SITE = 'Tradelens';

/** What every format needs of the work, each part one clean line or absent. */
function parts(work: ChartWork) {
  const seen = parseCitationDate(work.accessed);
  // A user's own file is named by its file name: "User-supplied file" alone says whose it is not.
  const publishers = work.sources.map((c) =>
    c.kind === 'user-file'
      ? `${plainText(c.publisher)} ${plainText(c.title)}`.trim()
      : plainText(c.publisher) || plainText(c.title),
  );
  const names = [...new Set(publishers.filter(Boolean))];
  const url = safeUrl(work.url);
  return {
    title: plainText(work.title) || 'Untitled chart',
    // A chart has no publication date: it is drawn when it is seen, so the day seen dates it;
    // the day an address was visited, which a chart with no address (local data) has not.
    seen: url && seen && !seen.end ? seen.start : undefined,
    url,
    data: names.length ? `Data: ${names.join('; ')}` : '',
  };
}

/** `March 22, 2023`, or nothing for a day not known. */
const usDay = (d: DateParts | undefined) => (d ? formatUsDate(d) : '');

/**
 * APA (7th edition) for a visual with no named author: the title leads, the medium in brackets,
 * `(n.d.)` since a chart drawn live has no publication date, then the retrieval date with its URL,
 * as APA asks of pages that change. The data's producers follow.
 */
export function formatChartApa(work: ChartWork): string {
  const { title, seen, url, data } = parts(work);
  const out = [endSentence(`${title} [Chart]`), '(n.d.).', `${SITE}.`];
  if (url && seen) out.push(`Retrieved ${usDay(seen)}, from ${url}`);
  else if (url) out.push(url);
  if (data) out.push(endSentence(data));
  return out.join(' ');
}

/** Chicago (17th edition) bibliography entry for web content: title in quotes, access date, URL. */
export function formatChartChicago(work: ChartWork): string {
  const { title, seen, url, data } = parts(work);
  const out = [`“${endSentence(title)}”`, `${SITE} chart.`];
  if (url && seen) out.push(`Accessed ${usDay(seen)}.`);
  if (url) out.push(`${url}.`);
  if (data) out.push(endSentence(data));
  return out.join(' ');
}

/** A BibTeX `@misc` entry: no author or year to claim, the producers in `note`. */
export function formatChartBibtex(work: ChartWork): string {
  const { title, seen, url, data } = parts(work);
  const key = bibtexKey({ publisher: SITE, title, date: work.accessed });
  return bibtexEntry(key, [
    ['title', `{${escapeBibtex(title)}}`],
    ['howpublished', `${SITE} chart`],
    ['url', url ? bibtexUrl(url) : ''],
    ['urldate', seen ? isoDate(seen) : ''],
    ['note', escapeBibtex(data)],
  ]);
}

/** A RIS record of type `CHART`; no `PY` or `DA`, as the chart has no publication date. */
export function formatChartRis(work: ChartWork): string {
  const { title, seen, url, data } = parts(work);
  return risRecord([
    ['TY', 'CHART'],
    ['TI', title],
    ['PB', SITE],
    ['UR', url ?? ''],
    ['Y2', (seen && risDate(seen)) ?? ''],
    ['N1', data],
  ]);
}

/** A CSL-JSON `graphic` of genre `Chart`, published by Tradelens, with no `issued` date. */
export function chartCslJson(work: ChartWork): CslItem {
  const { title, seen, url, data } = parts(work);
  const item: CslItem = { id: 'tradelens-chart', type: 'graphic', genre: 'Chart', title };
  item.publisher = SITE;
  if (seen) item.accessed = cslDate(isoDate(seen));
  if (url) item.URL = url;
  if (data) item.note = data;
  return item;
}
