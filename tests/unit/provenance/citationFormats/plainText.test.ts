import { describe, expect, it } from 'vitest';
import {
  citationUrl,
  endSentence,
  plainText,
} from '../../../../src/lib/provenance/citationFormats/plainText';
import { comtrade } from './fixtures';

describe('plainText(s)', () => {
  const cases = [
    { input: 'a\r\nb', expected: 'a b' },
    { input: '  a\t\tb  ', expected: 'a b' },
    { input: 'a\u2028b\u0000c', expected: 'a b c' },
    { input: 'CGTN: ‘new chapter’', expected: 'CGTN: ‘new chapter’' },
    { input: undefined, expected: '' },
  ];
  for (const { input, expected } of cases)
    it(`plainText(${JSON.stringify(input)}) → ${JSON.stringify(expected)}`, () =>
      expect(plainText(input)).toBe(expected));
});

describe('endSentence(s)', () => {
  const cases = [
    { input: 'A title', expected: 'A title.' },
    { input: 'Why?', expected: 'Why?' },
    { input: 'Done.', expected: 'Done.' },
  ];
  for (const { input, expected } of cases)
    it(`endSentence('${input}') → '${expected}'`, () => expect(endSentence(input)).toBe(expected));
});

describe('citationUrl(citation)', () => {
  const cases = [
    { url: 'https://comtradeplus.un.org/', expected: 'https://comtradeplus.un.org/' },
    { url: 'javascript:alert(1)', expected: undefined },
    { url: 'https://example.org/a\nb', expected: 'https://example.org/ab' },
    { url: undefined, expected: undefined },
  ];
  for (const { url, expected } of cases)
    it(`citationUrl({url: ${JSON.stringify(url)}}) → ${expected}`, () =>
      expect(citationUrl({ ...comtrade, url })).toBe(expected));
});
