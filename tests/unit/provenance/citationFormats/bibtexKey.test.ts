import { describe, expect, it } from 'vitest';
import { bibtexKey } from '../../../../src/lib/provenance/citationFormats/bibtexKey';
import { comtrade, hostile, releaseCitation, tass } from './fixtures';

describe('bibtexKey(citation)', () => {
  const cases = [
    { name: 'the release', citation: releaseCitation, expected: 'cgtn2023china' },
    { name: 'a data set', citation: comtrade, expected: 'united2024un' },
    { name: 'news', citation: tass, expected: 'tass2020russia' },
    { name: 'a hostile user file', citation: hostile, expected: 'mendmisc' },
    {
      name: 'accents folded, no date',
      citation: {
        ...comtrade,
        publisher: 'Banco Central do Brasil',
        title: 'Balança comercial',
        date: undefined,
      },
      expected: 'bancondbalanca',
    },
    {
      name: 'a non-Latin publisher',
      citation: { ...comtrade, publisher: '海关总署', title: '中俄贸易' },
      expected: 'source2024',
    },
  ];
  for (const { name, citation, expected } of cases)
    it(`bibtexKey(${name}) → ${expected}`, () => expect(bibtexKey(citation)).toBe(expected));

  it('gives the same key every time', () =>
    expect(bibtexKey({ ...releaseCitation })).toBe(bibtexKey(releaseCitation)));
});
