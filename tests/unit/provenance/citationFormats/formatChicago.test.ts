import { describe, expect, it } from 'vitest';
import { formatChicago } from '../../../../src/lib/provenance/citationFormats/formatChicago';
import { ACCESSED, comtrade, hostile, releaseCitation, tass } from './fixtures';

describe('formatChicago(citation, {accessed})', () => {
  const cases = [
    {
      name: 'the release: title in quotes as printed, press release, distributor, place and date',
      citation: releaseCitation,
      expected:
        'CGTN. “CGTN: China-Russia ties deepened as Xi stresses ‘new chapter’ in his visit.” Press release, PR Newswire, Beijing, March 22, 2023.',
    },
    {
      name: 'a data set with a URL: access date, then the URL',
      citation: comtrade,
      expected:
        'United Nations Statistics Division. UN Comtrade Database. Data set, 2024. Accessed May 6, 2024. https://comtradeplus.un.org/.',
    },
    {
      name: 'news: title first, then the outlet',
      citation: tass,
      expected:
        '“Russia-China trade hits record.” TASS, January 13, 2020. Accessed May 6, 2024. https://tass.com/economy/1178145.',
    },
    {
      name: 'no date: n.d.',
      citation: { ...comtrade, date: undefined, url: undefined },
      expected: 'United Nations Statistics Division. UN Comtrade Database. Data set, n.d.',
    },
    {
      name: 'a title that ends in a question mark keeps it',
      citation: { ...tass, title: 'Will trade grow?', url: undefined },
      expected: '“Will trade grow?” TASS, January 13, 2020.',
    },
  ];
  for (const { name, citation, expected } of cases)
    it(name, () => expect(formatChicago(citation, ACCESSED)).toBe(expected));

  it('keeps hostile text on one line and drops a javascript: URL', () => {
    const text = formatChicago(hostile, ACCESSED);
    expect(text).not.toMatch(/[\r\n\t\u2028]/);
    expect(text).not.toContain('javascript:');
  });
});
