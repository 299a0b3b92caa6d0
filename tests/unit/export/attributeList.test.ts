import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  joinColorList,
  joinList,
  splitColorList,
  splitList,
} from '../../../src/lib/export/attributeList';

describe('splitList(text)', () => {
  it('splits at commas, trims, and leaves out empty items', () => {
    expect(splitList(' exports, imports ,,')).toEqual(['exports', 'imports']);
  });

  it('keeps a quoted item whole, with a doubled quote as one', () => {
    expect(splitList('"Korea, Republic of",China')).toEqual(['Korea, Republic of', 'China']);
    expect(splitList('"say ""hi""", x')).toEqual(['say "hi"', 'x']);
  });

  it('reads back what joinList writes', () =>
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }).map((s) => s.trim())), (values) => {
        const kept = values.filter(Boolean);
        expect(splitList(joinList(kept))).toEqual(kept);
      }),
    ));
});

describe('splitColorList(text)', () => {
  it('reads series with commas, quoted or written plainly by hand', () => {
    expect(splitColorList('"GACC, as reported":#00aa00,IMF:#d62728')).toEqual([
      ['GACC, as reported', '#00aa00'],
      ['IMF', '#d62728'],
    ]);
    expect(splitColorList('Korea, Republic of:#d62728, China:#1f77b4')).toEqual([
      ['Korea, Republic of', '#d62728'],
      ['China', '#1f77b4'],
    ]);
  });

  it('leaves an item without a colour for the state’s check to refuse', () => {
    expect(splitColorList('China:#1f77b4,Russia')).toEqual([
      ['China', '#1f77b4'],
      ['Russia', ''],
    ]);
  });

  it('reads back what joinColorList writes', () => {
    const colors = { 'GACC, as reported': '#00aa00', 'a "b": c': '#123456', China: '#1f77b4' };
    expect(Object.fromEntries(splitColorList(joinColorList(colors)))).toEqual(colors);
  });
});
