import { describe, expect, it } from 'vitest';
import { highlightQuote } from '../../../src/lib/provenance/highlightQuote';

describe('highlightQuote(text, quote)', () => {
  it('splits the paragraph that holds the quote around it', () => {
    const parts = highlightQuote('Intro.\n\nBefore. The quote. After.\n\nEnd.', 'The quote.');
    expect(parts).toEqual([
      { before: 'Intro.', quote: '', after: '' },
      { before: 'Before. ', quote: 'The quote.', after: ' After.' },
      { before: 'End.', quote: '', after: '' },
    ]);
  });
  it('marks nothing when the quote is not verbatim in the text', () => {
    expect(highlightQuote('A b c.', 'a b').every((p) => p.quote === '')).toBe(true);
  });
});
