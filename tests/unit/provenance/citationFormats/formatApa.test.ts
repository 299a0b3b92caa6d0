import { describe, expect, it } from 'vitest';
import { formatApa } from '../../../../src/lib/provenance/citationFormats/formatApa';
import { ACCESSED, comtrade, hostile, releaseCitation, tass } from './fixtures';

describe('formatApa(citation, {accessed})', () => {
  const cases = [
    {
      name: 'the release: CGTN as author, [Press release], PR Newswire, no URL and so no retrieval date',
      citation: releaseCitation,
      expected:
        'CGTN. (2023, March 22). CGTN: China-Russia ties deepened as Xi stresses ‘new chapter’ in his visit [Press release]. PR Newswire.',
    },
    {
      name: 'a data set with a URL: [Data set], retrieved on the export date',
      citation: comtrade,
      expected:
        'United Nations Statistics Division. (2024). UN Comtrade Database [Data set]. Retrieved May 6, 2024, from https://comtradeplus.un.org/',
    },
    {
      name: 'news with no known writer: the title first, then the outlet and the URL',
      citation: tass,
      expected:
        'Russia-China trade hits record. (2020, January 13). TASS. https://tass.com/economy/1178145',
    },
    {
      name: 'a span of years and no URL',
      citation: { ...comtrade, date: '2012/2023', url: undefined },
      expected: 'United Nations Statistics Division. (2012–2023). UN Comtrade Database [Data set].',
    },
    {
      name: 'no date: (n.d.)',
      citation: { ...comtrade, date: undefined, url: undefined },
      expected: 'United Nations Statistics Division. (n.d.). UN Comtrade Database [Data set].',
    },
  ];
  for (const { name, citation, expected } of cases)
    it(name, () => expect(formatApa(citation, ACCESSED)).toBe(expected));

  it('keeps hostile text on one line and drops a javascript: URL', () => {
    const text = formatApa(hostile, ACCESSED);
    expect(text).not.toMatch(/[\r\n\t\u2028]/);
    expect(text).not.toContain('javascript:');
    expect(text).toContain('<script>alert(1)</script>');
  });
});
