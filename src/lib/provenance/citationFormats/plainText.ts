import { safeUrl } from '../safeUrl';
import type { Citation } from '../../data/citation';

/**
 * Text from a source as one clean line: line breaks, tabs and other control characters become a
 * single space, so no field can start a new line (a new RIS tag, a new CSV row, a new `#` line).
 */
export function plainText(s: string | undefined): string {
  if (!s) return '';
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Closes a sentence with a full stop unless it already ends in one (or in ? or !). */
export function endSentence(s: string): string {
  return /[.?!]["”’]?$/.test(s) ? s : `${s}.`;
}

/**
 * The citation's URL only when it is a real http(s) URL; never a guessed or scripted one. Line
 * breaks and tabs inside it are dropped, as browsers drop them.
 */
export function citationUrl(c: Citation): string | undefined {
  return safeUrl(c.url);
}
