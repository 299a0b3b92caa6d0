import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY,
  NUMBER,
  NumberStore,
  WRITTEN,
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
      if (store.tags[0] !== NUMBER) return Number.isNaN(dot) && Number.isNaN(comma);
      return same(store.dot[0], dot) && same(store.comma[0], comma);
    }),
    { numRuns },
  );
}

describe('NumberStore', () => {
  it('add(row, cell) keeps both readings of a number, text as written, and nothing for empty cells', () => {
    const store = new NumberStore(4);
    const cells = ['1,234.5', '1,234', 'n/a', ''];
    cells.forEach((s, r) => store.add(r, s));
    expect([...store.tags]).toEqual([NUMBER, NUMBER, WRITTEN, EMPTY]);
    expect([store.dot[0], store.comma[0]]).toEqual([1234.5, NaN]);
    expect([store.dot[1], store.comma[1]]).toEqual([1234, 1.234]);
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
    expect([...store.dot]).toEqual([2366445410.94, 12.5, NaN, NaN]);
    expect([...store.comma]).toEqual([NaN, NaN, 1234567, 12.5]);
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
    expect([store.dot[0], store.dot[5], store.tags.length]).toEqual([7, 9, 8]);
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
