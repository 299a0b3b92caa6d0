import { describe, expect, it } from 'vitest';
import { parseMarkup } from '../../../../src/lib/export/markup/parseMarkup';
import { sanitizeSvg } from '../../../../src/lib/export/markup/sanitizeSvg';
import { serializeMarkup } from '../../../../src/lib/export/markup/serializeMarkup';

const clean = (s: string) => serializeMarkup(sanitizeSvg(parseMarkup(s)));

describe('sanitizeSvg(nodes)', () => {
  const cases = [
    { name: 'a script', input: '<g><script>alert(1)</script></g>', expected: '<g/>' },
    {
      name: 'a prefixed, upper-case script',
      input: '<g><svg:SCRIPT>alert(1)</svg:SCRIPT></g>',
      expected: '<g/>',
    },
    {
      name: 'foreign content',
      input: '<foreignObject><img src=x onerror=alert(1)></foreignObject>',
      expected: '',
    },
    {
      name: 'event handlers',
      input: '<rect onclick="alert(1)" ONLOAD="x" width="2"/>',
      expected: '<rect width="2"/>',
    },
    {
      name: 'a javascript: link',
      input: '<a href="javascript:alert(1)"><text>x</text></a>',
      expected: '<a><text>x</text></a>',
    },
    {
      name: 'an animation that rewrites a link',
      input: '<a><set attributeName="href" to="javascript:alert(1)"/></a>',
      expected: '<a/>',
    },
    {
      name: 'an outside image',
      input: '<image href="https://evil.example/x.png"/>',
      expected: '<image/>',
    },
    {
      name: 'an http link on <a>',
      input: '<a href="https://tass.com/economy/1178145"/>',
      expected: '<a href="https://tass.com/economy/1178145"/>',
    },
    {
      name: 'a reference inside the file',
      input: '<use href="#hatch" fill="url(#hatch)"/>',
      expected: '<use href="#hatch" fill="url(#hatch)"/>',
    },
  ];
  for (const { name, input, expected } of cases)
    it(`sanitizeSvg drops ${name}`, () => expect(clean(input)).toBe(expected));
});
