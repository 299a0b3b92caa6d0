import type { Citation } from '../../data/citation';
import { parseCitationDate, type DateParts } from './citationDate';
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

/** RIS's date form `YYYY/MM/DD/other`, with empty parts kept: `2023/03/22/`, `2023///`. */
const risDate = (p: DateParts, other = '') => `${p.year}/${pad(p.month)}/${pad(p.day)}/${other}`;

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
  const date = parseCitationDate(citation.date);
  if (date) {
    tags.push(['PY', String(date.start.year)]);
    const span = date.end ? `${date.start.year}–${date.end.year}` : '';
    tags.push(['DA', date.end ? risDate({ year: date.start.year }, span) : risDate(date.start)]);
  } else tags.push(['N1', plainText(citation.date)]);
  tags.push(['UR', citationUrl(citation) ?? '']);
  const accessed = accessedDate(citation, options);
  if (accessed) tags.push(['Y2', risDate(accessed)]);
  const lines = tags.filter(([, value]) => value).map(([tag, value]) => `${tag}  - ${value}`);
  return [...lines, 'ER  - ', ''].join('\r\n');
}
