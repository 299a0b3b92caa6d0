import type { Citation } from '../../data/citation';
import { isoDate, parseCitationDate, type DateParts } from './citationDate';
import { accessedDate, type CiteOptions } from './citeOptions';
import { citationUrl, plainText } from './plainText';

/** A CSL-JSON date: date-parts for what parses, the text as printed for what does not. */
export type CslDate = { 'date-parts': number[][] } | { literal: string };

/** The CSL-JSON item fields Tradelens writes (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export interface CslItem {
  id: string;
  type: 'article' | 'article-newspaper' | 'dataset' | 'graphic';
  genre?: string;
  title: string;
  author?: { literal: string }[];
  'container-title'?: string;
  publisher?: string;
  'publisher-place'?: string;
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  note?: string;
}

const partsArray = (p: DateParts) => [p.year, p.month, p.day].filter((n) => n !== undefined);

export function cslDate(s: string | undefined): CslDate | undefined {
  const text = plainText(s);
  if (!text) return undefined;
  const d = parseCitationDate(text);
  if (!d) return { literal: text };
  const parts = [partsArray(d.start)];
  if (d.end) parts.push(partsArray(d.end));
  return { 'date-parts': parts };
}

/**
 * A citation as a CSL-JSON item, the format reference managers and citeproc read.
 * A press release is an `article` of genre `Press release` by its publisher, put out by its
 * distributor; news is an `article-newspaper` in the outlet that ran it (its writer is unknown, so
 * there is no author); statistics, data sets and user files are a `dataset` by their publisher.
 * The URL appears only when the source really has one.
 */
export function toCslJson(citation: Citation, options: CiteOptions = {}): CslItem {
  const publisher = plainText(citation.publisher);
  const distributor = plainText(citation.distributor) || undefined;
  const item: CslItem = {
    id: plainText(citation.id),
    type: 'dataset',
    title: plainText(citation.title),
  };
  if (citation.kind === 'news') {
    item.type = 'article-newspaper';
    if (publisher) item['container-title'] = publisher;
    if (distributor) item.publisher = distributor;
  } else {
    if (citation.kind === 'press-release') {
      item.type = 'article';
      item.genre = 'Press release';
    }
    if (publisher) item.author = [{ literal: publisher }];
    const by = distributor ?? publisher;
    if (by) item.publisher = by;
  }
  const place = plainText(citation.place);
  if (place) item['publisher-place'] = place;
  const issued = cslDate(citation.date);
  if (issued) item.issued = issued;
  const accessed = accessedDate(citation, options);
  if (accessed) item.accessed = cslDate(isoDate(accessed));
  const url = citationUrl(citation);
  if (url) item.URL = url;
  return item;
}
