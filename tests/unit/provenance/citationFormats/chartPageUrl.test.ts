import { describe, expect, it } from 'vitest';
import { chartPageUrl } from '../../../../src/lib/provenance/citationFormats/chartPageUrl';
import { encodeState } from '../../../../src/lib/export';

const edited = encodeState({ dataset: 'china-russia-annual', type: 'line', title: 'Trade soars' });

describe('chartPageUrl(href, title)', () => {
  const cases = [
    { name: 'a plain page', href: 'https://t.example/', expected: 'https://t.example/' },
    {
      name: 'the query kept (a ?src= data link)',
      href: 'https://t.example/?src=https%3A%2F%2Fd.example%2Fa.csv',
      expected: 'https://t.example/?src=https%3A%2F%2Fd.example%2Fa.csv',
    },
    {
      name: 'the hash of this chart, its edited title, kept',
      href: `https://t.example/#${edited}`,
      expected: `https://t.example/#${edited}`,
    },
    {
      name: 'the hash of another chart dropped',
      href: `https://t.example/#${edited}`,
      title: 'China–Russia two-way trade, 2012–2023',
      expected: 'https://t.example/',
    },
    {
      name: 'a hash that is no chart dropped',
      href: 'https://t.example/#x=<b>',
      expected: 'https://t.example/',
    },
    { name: 'a page not on the web', href: 'file:///home/me/index.html', expected: undefined },
    { name: 'no page', href: undefined, expected: undefined },
  ];
  for (const { name, href, title = 'Trade soars', expected } of cases)
    it(name, () => expect(chartPageUrl(href, title)).toBe(expected));
});
