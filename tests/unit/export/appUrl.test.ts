import { describe, expect, it } from 'vitest';
import { appUrl } from '../../../src/lib/export/appUrl';

describe('appUrl(baseUrl, file)', () => {
  const cases = [
    { base: 'https://example.org/', expected: 'https://example.org/embed.html' },
    { base: 'https://example.org', expected: 'https://example.org/embed.html' },
    { base: 'https://example.org/charts', expected: 'https://example.org/charts/embed.html' },
    { base: 'https://example.org/charts/', expected: 'https://example.org/charts/embed.html' },
    {
      base: 'https://example.org/charts/index.html?x=1#y',
      expected: 'https://example.org/charts/embed.html',
    },
    { base: 'http://localhost:4173/', expected: 'http://localhost:4173/embed.html' },
  ];
  for (const { base, expected } of cases)
    it(`appUrl('${base}', 'embed.html') → '${expected}'`, () =>
      expect(appUrl(base, 'embed.html')).toBe(expected));

  for (const base of ['javascript:alert(1)', '/charts/', 'not a url'])
    it(`appUrl('${base}') throws: the base must be an absolute http(s) URL`, () =>
      expect(() => appUrl(base, 'embed.html')).toThrow(TypeError));
});
