import type { Citation } from '../../data/citation';
import {
  formatUsDate,
  monthName,
  parseCitationDate,
  type CitationDate,
  type DateParts,
} from './citationDate';
import { accessedDate, type CiteOptions } from './citeOptions';
import { citationUrl, endSentence, plainText } from './plainText';

/** `(2023, March 22)`, `(2023)`, `(2012–2023)` or `(n.d.)`, as APA dates a reference. */
function apaDate(date: CitationDate | null, raw: string): string {
  if (!date) return raw ? `(${raw})` : '(n.d.)';
  const one = ({ year, month, day }: DateParts) =>
    month ? `${year}, ${monthName(month)}${day ? ` ${day}` : ''}` : String(year);
  return date.end ? `(${one(date.start)}–${one(date.end)})` : `(${one(date.start)})`;
}

const BRACKET: Record<Citation['kind'], string> = {
  'press-release': ' [Press release]',
  news: '',
  statistics: ' [Data set]',
  dataset: ' [Data set]',
  'user-file': ' [Data set]',
};

/**
 * An APA (7th edition) reference as plain text. A work by an organisation has it as author; news
 * with no known writer starts with its title. A retrieval date appears only with a URL and only for
 * data that change over time (statistics, data sets), as APA asks.
 */
export function formatApa(citation: Citation, options: CiteOptions = {}): string {
  const title = plainText(citation.title);
  const publisher = plainText(citation.publisher);
  const distributor = plainText(citation.distributor);
  const rawDate = plainText(citation.date);
  const date = apaDate(parseCitationDate(rawDate), rawDate);
  const url = citationUrl(citation);
  const parts: string[] = [];
  if (citation.kind === 'news') {
    parts.push(endSentence(title), `${date}.`, endSentence(publisher));
    if (distributor) parts.push(endSentence(distributor));
  } else {
    parts.push(
      endSentence(publisher),
      `${date}.`,
      endSentence(`${title}${BRACKET[citation.kind]}`),
    );
    if (distributor && distributor !== publisher) parts.push(endSentence(distributor));
  }
  const accessed = accessedDate(citation, options);
  const changes = citation.kind === 'statistics' || citation.kind === 'dataset';
  if (url && accessed && changes) parts.push(`Retrieved ${formatUsDate(accessed)}, from ${url}`);
  else if (url) parts.push(url);
  return parts.filter((p) => p !== '.').join(' ');
}
