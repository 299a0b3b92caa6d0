import { describe, expect, it } from 'vitest';
import { release } from '../../../src/lib/data/datasets/release';
import { formatCitation, formatDate } from '../../../src/lib/provenance/formatCitation';

describe('formatCitation(citation)', () => {
  it('names publisher, distributor, title as printed, place and date', () => {
    expect(formatCitation(release.citation)).toBe(
      'CGTN via PR Newswire, “CGTN: China-Russia ties deepened as Xi stresses ‘new chapter’ in his visit”, Beijing, 22 March 2023',
    );
  });
});

describe('formatDate(iso)', () => {
  const cases = [
    { input: '2023-03-22', expected: '22 March 2023' },
    { input: '2023-03', expected: 'March 2023' },
    { input: '2023', expected: '2023' },
    { input: '2012/2023', expected: '2012/2023' },
  ];
  for (const { input, expected } of cases)
    it(`formatDate('${input}') → '${expected}'`, () => expect(formatDate(input)).toBe(expected));
});
