import type { Citation } from '../../data/citation';
import { formatUsDateSpan, parseCitationDate, type DateParts } from './citationDate';
import { accessedDate, type CiteOptions } from './citeOptions';
import { citationUrl, plainText } from './plainText';

const TYPE: Record<Citation['kind'], string> = {
  'press-release': 'GEN',
  news: 'NEWS',
  statistics: 'DATA',
  dataset: 'DATA',
  'user-file': 'DATA',
};

const pad = (n: number | undefined) => (n ? String(n).padStart(2, '0') : '');

/**
 * RIS's date form `YYYY/MM/DD/other` (`2023/03/22/`, `2023/03//`) for a date that says more than
 * its year; undefined for a bare year, which `PY` already holds.
 */
export const risDate = (p: DateParts) =>
  p.month ? `${p.year}/${pad(p.month)}/${pad(p.day)}/` : undefined;

/**
 * The date tags of a citation. A span (`2012/2023`) is the period the figures cover, not when they
 * were published, and RIS has one year per record: no `PY` or `DA` then, the span goes in a note.
 * A date that does not parse is kept as printed, in a note too.
 */
export function risDateTags(raw: string | undefined): [string, string][] {
  const date = parseCitationDate(raw);
  if (!date) return [['N1', plainText(raw)]];
  if (date.end) return [['N1', `Covers ${formatUsDateSpan(date)}`]];
  return [
    ['PY', String(date.start.year)],
    ['DA', risDate(date.start) ?? ''],
  ];
}

/** Tags as RIS lines, empty values left out, then the end of the record; CRLF as the format asks. */
export function risRecord(tags: [string, string][]): string {
  const lines = tags.filter(([, value]) => value).map(([tag, value]) => `${tag}  - ${value}`);
  return [...lines, 'ER  - ', ''].join('\r\n');
}

/**
 * A RIS record (the tagged format EndNote, Zotero and Mendeley import), CRLF line ends as the format
 * specifies. Every value is one line, so no title can start a tag of its own (`ER  -`).
 * A press release is `GEN` with its kind in `M3`; news `NEWS`; statistics and data sets `DATA`.
 */
export function formatRis(citation: Citation, options: CiteOptions = {}): string {
  const tags: [string, string][] = [['TY', TYPE[citation.kind]]];
  const publisher = plainText(citation.publisher);
  const distributor = plainText(citation.distributor);
  if (citation.kind === 'news') tags.push(['T2', publisher]);
  else tags.push(['AU', publisher]);
  tags.push(['TI', plainText(citation.title)]);
  if (citation.kind === 'press-release') tags.push(['M3', 'Press release']);
  tags.push(['PB', distributor || (citation.kind === 'news' ? '' : publisher)]);
  tags.push(['CY', plainText(citation.place)]);
  tags.push(...risDateTags(citation.date));
  tags.push(['UR', citationUrl(citation) ?? '']);
  const accessed = accessedDate(citation, options);
  if (accessed) tags.push(['Y2', risDate(accessed) ?? '']);
  return risRecord(tags);
}
