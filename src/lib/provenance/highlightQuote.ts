/** A paragraph of a source text split around the quoted words, so a renderer can mark them. */
export interface Passage {
  before: string;
  quote: string;
  after: string;
}

/**
 * Splits a source text into paragraphs; the paragraph that holds the quote is split around it.
 * Matching is exact: a quote that is not verbatim in the text is not highlighted.
 */
export function highlightQuote(text: string, quote: string | undefined): Passage[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const at = quote ? p.indexOf(quote) : -1;
      if (at < 0 || !quote) return { before: p, quote: '', after: '' };
      return { before: p.slice(0, at), quote, after: p.slice(at + quote.length) };
    });
}
