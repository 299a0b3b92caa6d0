import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMMA_ONLY,
  EMPTY,
  NUMBER,
  NumberStore,
  POINT_ONLY,
  TWO_WAYS,
  WRITTEN,
  isNumberTag,
} from '../../../../../src/lib/data/import/values/numberStore';
import { parseNumber } from '../../../../../src/lib/data/import/values/parseNumber';

/** Cells of `chars` (`min`–`max` long) are stored as parseNumber reads them, either way. */
function readsAsParseNumber(chars: string[], min: number, max: number, numRuns: number) {
  const same = (a: number, b: number) => Object.is(a, b) || (a !== a && b !== b);
  const cell = fc
    .array(fc.constantFrom(...chars), { minLength: min, maxLength: max })
    .map((c) => c.join(''));
  fc.assert(
    fc.property(cell, (s) => {
      const store = new NumberStore(1);
      store.add(0, s);
      const dot = parseNumber(s);
      // Without a separator, the two readings are one (an exponent reads with either).
      const comma = /[.,]/.test(s) ? parseNumber(s, { decimal: ',' }) : dot;
      if (!isNumberTag(store.tags[0])) return Number.isNaN(dot) && Number.isNaN(comma);
      const [d, c] = store.readings(0);
      return same(d, dot) && same(c, comma);
    }),
    { numRuns },
  );
}

describe('NumberStore', () => {
  it('add(row, cell) keeps both readings of a number, text as written, and nothing for empty cells', () => {
    const store = new NumberStore(4);
    const cells = ['1,234.5', '1,234', 'n/a', ''];
    cells.forEach((s, r) => store.add(r, s));
    expect([...store.tags]).toEqual([POINT_ONLY, TWO_WAYS, WRITTEN, EMPTY]);
    expect(store.readings(0)).toEqual([1234.5, NaN]);
    expect(store.readings(1)).toEqual([1234, 1.234]);
    expect(store.written.get(2)).toBe('n/a');
    expect(store.ambiguousExample).toBe('1,234');
  });

  it('add(row, cell) reads as parseNumber does, with a decimal point and with a decimal comma', () => {
    readsAsParseNumber([..."0123456789,.-()$€% eE'+", '\u00a0', '\u2212'], 0, 24, 5000);
  });

  it('add(row, cell) reads digits and separators alone (the quick path) as parseNumber does', () => {
    // Digits four times as often as separators: long runs of digits and groups between them.
    readsAsParseNumber([...'0123456789'.repeat(4), ',', '.'], 1, 20, 20000);
    const store = new NumberStore(4);
    ['2,366,445,410.94', '12.5', '1.234.567', '12,50'].forEach((s, r) => store.add(r, s));
    expect([0, 1, 2, 3].map((r) => store.readings(r))).toEqual([
      [2366445410.94, NaN],
      [12.5, NaN],
      [NaN, 1234567],
      [NaN, 12.5],
    ]);
    expect([...store.tags]).toEqual([POINT_ONLY, POINT_ONLY, COMMA_ONLY, COMMA_ONLY]);
  });

  it('add(row, cell) keeps a second reading only once a cell reads two ways', () => {
    const store = new NumberStore(4);
    ['12', '2,366,445,410.94', '12,5'].forEach((s, r) => store.add(r, s));
    expect(store.comma).toBeNull();
    expect([...store.tags.subarray(0, 3)]).toEqual([NUMBER, POINT_ONLY, COMMA_ONLY]);
    store.add(3, '12,500');
    expect(store.comma?.length).toBe(4);
    expect(store.readings(3)).toEqual([12500, 12.5]);
    store.grow(6);
    expect([store.comma?.length, store.readings(3)[1]]).toEqual([6, 12.5]);
  });

  it('add(row, a quoted cell with a line break) returns the break count', () => {
    expect(new NumberStore(1).add(0, 'two\nlines')).toBe(1);
  });

  it('value(row) tells empty cells, numbers and text apart', () => {
    const store = new NumberStore(3);
    ['', '3,5', 'Data from database: WDI'].forEach((s, r) => store.add(r, s));
    expect([store.value(0), store.value(1), store.value(2)]).toEqual([
      '',
      '3.5',
      'Data from database: WDI',
    ]);
  });

  it('grow(capacity) keeps what was stored', () => {
    const store = new NumberStore(1);
    store.add(0, '7');
    store.grow(8);
    store.add(5, '9');
    expect([store.values[0], store.values[5], store.tags.length]).toEqual([7, 9, 8]);
  });

  const fits = [
    { input: ['', '1.5', '2,5', '..'], expected: true },
    { input: ['', '0101', '2'], expected: false },
    { input: ['', '12', 'Germany'], expected: false },
    { input: ['', 'n/a'], expected: false },
  ];
  for (const { input, expected } of fits) {
    it(`NumberStore.fits(${JSON.stringify(input)}) is ${expected}`, () =>
      expect(NumberStore.fits(input)).toBe(expected));
  }
});
