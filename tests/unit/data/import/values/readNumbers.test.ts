import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../../../../src/lib/data/import/values/readNumbers';

/** A dictionary ('' first) with one row per value. */
function read(values: string[], fallback: '.' | ',' = '.') {
  const dictionary = ['', ...values];
  return readNumbers(
    dictionary,
    Int32Array.from(dictionary, (_, i) => (i === 0 ? 0 : 1)),
    fallback,
  );
}

describe('readNumbers', () => {
  it("readNumbers(['3.290,2', '229,1', '1.234']) decides a decimal comma from the values", () => {
    const reading = read(['3.290,2', '229,1', '1.234'])!;
    expect(reading.decimal).toBe(',');
    expect([...reading.values.slice(1)]).toEqual([3290.2, 229.1, 1234]);
    expect(reading.ambiguous).toEqual([]);
  });

  it("readNumbers(['1,234.5', '1,234']) decides a decimal point from the values", () => {
    const reading = read(['1,234.5', '1,234'])!;
    expect(reading.decimal).toBe('.');
    expect([...reading.values.slice(1)]).toEqual([1234.5, 1234]);
  });

  it("readNumbers(['1,234', '5,678']) reports the ambiguity and falls back to the hint", () => {
    expect(read(['1,234', '5,678'])).toMatchObject({ decimal: '.', ambiguous: ['1,234', '5,678'] });
    expect(read(['1,234', '5,678'], ',')).toMatchObject({
      decimal: ',',
      ambiguous: ['1,234', '5,678'],
    });
  });

  it("readNumbers(['12.3 p', ': c', '5 e', '7']) keeps Eurostat flags per value", () => {
    const reading = read(['12.3 p', ': c', '5 e', '7'])!;
    expect([...reading.values.slice(1)]).toEqual([12.3, NaN, 5, 7]);
    expect([...reading.flags!].map((f) => (f < 0 ? null : reading.flagDictionary[f]))).toEqual([
      null,
      'p',
      'c',
      'e',
      null,
    ]);
    expect([...reading.unreadable]).toEqual([0, 0, 0, 0, 0]);
  });

  it("readNumbers(['1', 'n/a', '..', 'x']) marks only 'x' unreadable", () => {
    const dictionary = ['', '1', 'n/a', '..', 'x'];
    const reading = readNumbers(dictionary, Int32Array.of(0, 20, 1, 1, 1), '.')!;
    expect([...reading.unreadable]).toEqual([0, 0, 0, 0, 1]);
  });

  it('readNumbers(mostly words) is null: the column is not numeric', () => {
    expect(read(['Germany', 'France', '12'])).toBeNull();
  });
});
