import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/lib/export/escapeHtml';
import { escapeXml, xmlSafeText } from '../../../src/lib/export/escapeXml';

describe('escapeXml(value)', () => {
  const cases = [
    {
      input: '</text><script>alert(1)</script>',
      expected: '&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;',
    },
    { input: 'a & b', expected: 'a &amp; b' },
    { input: `"'`, expected: '&quot;&#39;' },
    { input: '&amp;', expected: '&amp;amp;' },
    { input: 'a\u0000b\u001bc\ufffe', expected: 'abc' },
    { input: 'tab\tand\nline', expected: 'tab\tand\nline' },
    { input: 'lone \ud800 surrogate', expected: 'lone  surrogate' },
    { input: 'pair 😀 kept', expected: 'pair 😀 kept' },
    { input: 190, expected: '190' },
  ];
  for (const { input, expected } of cases)
    it(`escapeXml(${JSON.stringify(input)}) → ${JSON.stringify(expected)}`, () =>
      expect(escapeXml(input)).toBe(expected));
});

describe('escapeHtml(value)', () => {
  it('escapes the same five characters', () =>
    expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;',
    ));
});

describe('xmlSafeText(s)', () => {
  it('keeps everything XML can hold', () =>
    expect(xmlSafeText('China–Russia 中俄 “190” <b>')).toBe('China–Russia 中俄 “190” <b>'));
});
