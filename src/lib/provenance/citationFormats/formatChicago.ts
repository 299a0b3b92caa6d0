import type { Citation } from '../../data/citation';
import { formatUsDate, formatUsDateSpan, parseCitationDate } from './citationDate';
import { accessedDate, type CiteOptions } from './citeOptions';
import { citationUrl, endSentence, plainText } from './plainText';

/**
 * A Chicago (17th edition, notes and bibliography) bibliography entry as plain text. The title is
 * kept as printed (no change of case); an access date goes with a URL, as Chicago advises for
 * online sources, and is left out for a source that has none.
 */
export function formatChicago(citation: Citation, options: CiteOptions = {}): string {
  const title = plainText(citation.title);
  const publisher = plainText(citation.publisher);
  const distributor = plainText(citation.distributor);
  const place = plainText(citation.place);
  const rawDate = plainText(citation.date);
  const parsed = parseCitationDate(rawDate);
  const date = parsed ? formatUsDateSpan(parsed) : rawDate || 'n.d.';
  const url = citationUrl(citation);

  const head: string[] = [];
  const facts: string[] = [];
  if (citation.kind === 'news') {
    head.push(`“${endSentence(title)}”`);
    facts.push(publisher);
  } else if (citation.kind === 'press-release') {
    head.push(endSentence(publisher), `“${endSentence(title)}”`);
    facts.push('Press release');
  } else {
    head.push(endSentence(publisher), endSentence(title));
    facts.push('Data set');
  }
  if (distributor && distributor !== publisher) facts.push(distributor);
  if (place) facts.push(place);
  facts.push(date);

  const parts = [...head, endSentence(facts.filter(Boolean).join(', '))];
  const accessed = accessedDate(citation, options);
  if (url && accessed) parts.push(`Accessed ${formatUsDate(accessed)}.`);
  if (url) parts.push(`${url}.`);
  return parts.filter((p) => p !== '.' && p !== '“.”').join(' ');
}
