import type { Citation } from '../../data/citation';
import { parseCitationDate, type DateParts } from './citationDate';

/** What a citation format needs besides the citation itself. */
export interface CiteOptions {
  /** When the chart's data was retrieved, ISO `YYYY-MM-DD`; used when the citation has none. */
  accessed?: string;
}

/**
 * The retrieval date: the citation's own, which records when its source was read, or else the one
 * the caller passes (the day the chart was exported). Null when neither is a valid date.
 */
export function accessedDate(c: Citation, options: CiteOptions = {}): DateParts | null {
  for (const s of [c.accessed, options.accessed]) {
    const d = parseCitationDate(s);
    if (d && !d.end) return d.start;
  }
  return null;
}
