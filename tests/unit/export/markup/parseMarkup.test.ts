import { describe, expect, it } from 'vitest';
import { parseMarkup } from '../../../../src/lib/export/markup/parseMarkup';

describe('parseMarkup(markup)', () => {
  it('builds a tree of elements and text', () =>
    expect(parseMarkup('<g id="a"><text>190</text></g>')).toEqual([
      {
        name: 'g',
        attrs: [['id', 'a']],
        children: [{ name: 'text', attrs: [], children: ['190'] }],
      },
    ]));

  it('drops an end tag with no open element, and closes what is left open', () =>
    expect(parseMarkup('</svg><g><text>x</g>')).toEqual([
      { name: 'g', attrs: [], children: [{ name: 'text', attrs: [], children: ['x'] }] },
    ]));
});
