import type { Citation } from '../../data/citation';
import { parseCitationDate } from './citationDate';

const STOP = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'the', 'to']);

/** Lowercase ASCII words of a text: accents dropped, anything else a separator. */
function asciiWords(s: string): string[] {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * A stable, readable BibTeX key: the publisher's first word, the year and the title's first
 * significant word (`cgtn2023china`). The same citation always gets the same key; only ASCII
 * letters and digits, so no key can break the entry around it.
 */
export function bibtexKey(citation: Pick<Citation, 'publisher' | 'title' | 'date'>): string {
  const author = asciiWords(citation.publisher ?? '')[0] ?? 'source';
  const year = parseCitationDate(citation.date)?.start.year ?? 'nd';
  const word = asciiWords(citation.title ?? '').find((w) => w !== author && !STOP.has(w)) ?? '';
  return `${author}${year}${word}`.slice(0, 64);
}
