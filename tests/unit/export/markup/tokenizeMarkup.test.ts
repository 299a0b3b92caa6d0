import { describe, expect, it } from 'vitest';
import { decodeEntities, tokenizeMarkup } from '../../../../src/lib/export/markup/tokenizeMarkup';

describe('tokenizeMarkup(markup)', () => {
  it('reads start tags with quoted, single-quoted, unquoted and bare attributes', () =>
    expect(tokenizeMarkup(`<rect x="1" y='2' width=3 hidden/>`)).toEqual([
      {
        kind: 'open',
        name: 'rect',
        attrs: [
          ['x', '1'],
          ['y', '2'],
          ['width', '3'],
          ['hidden', ''],
        ],
        selfClosing: true,
      },
    ]));

  it('decodes text and attribute values, and keeps a > inside a value', () =>
    expect(tokenizeMarkup('<text aria-label="a > b &amp; c">1 &lt; 2&nbsp;</text>')).toEqual([
      { kind: 'open', name: 'text', attrs: [['aria-label', 'a > b & c']], selfClosing: false },
      { kind: 'text', text: '1 < 2\u00a0' },
      { kind: 'close', name: 'text' },
    ]));

  it('drops comments, doctypes and processing instructions; CDATA becomes text', () =>
    expect(
      tokenizeMarkup(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]><!-- c --><![CDATA[a<b]]>',
      ),
    ).toEqual([{ kind: 'text', text: 'a<b' }]));

  it('treats a < that starts no tag as text', () =>
    expect(tokenizeMarkup('1 < 2 <3')).toEqual([{ kind: 'text', text: '1 < 2 <3' }]));
});

describe('decodeEntities(s)', () => {
  const cases = [
    { input: '&lt;&gt;&amp;&quot;&apos;', expected: `<>&"'` },
    { input: '&#65;&#x42;', expected: 'AB' },
    { input: '&#0;&#x110000;', expected: '\ufffd\ufffd' },
    { input: '&bogus; &', expected: '&bogus; &' },
  ];
  for (const { input, expected } of cases)
    it(`decodeEntities('${input}') → ${JSON.stringify(expected)}`, () =>
      expect(decodeEntities(input)).toBe(expected));
});
