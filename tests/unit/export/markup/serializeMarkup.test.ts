import { describe, expect, it } from 'vitest';
import { parseMarkup } from '../../../../src/lib/export/markup/parseMarkup';
import { serializeMarkup } from '../../../../src/lib/export/markup/serializeMarkup';

const roundTrip = (s: string) => serializeMarkup(parseMarkup(s));

describe('serializeMarkup(nodes)', () => {
  const cases = [
    { input: '<g><rect width="1"></rect></g>', expected: '<g><rect width="1"/></g>' },
    {
      input: '<text aria-label="a < b">1 &lt; 2</text>',
      expected: '<text aria-label="a &lt; b">1 &lt; 2</text>',
    },
    { input: '<text>&nbsp;</text>', expected: '<text>\u00a0</text>' },
    { input: '<g x="1" x="2"/>', expected: '<g x="1"/>' },
    { input: '<g><text>open', expected: '<g><text>open</text></g>' },
  ];
  for (const { input, expected } of cases)
    it(`serializeMarkup(parseMarkup('${input}')) → '${expected}'`, () =>
      expect(roundTrip(input)).toBe(expected));

  it('leaves out names that are not plain XML names', () =>
    expect(serializeMarkup([{ name: 'g onload=x', attrs: [['a"b', '1']], children: [] }])).toBe(
      '',
    ));
});
