import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RawColumn } from '../../../../../src/lib/data/import/table/rawTable';

describe('RawColumn', () => {
  it('code(cell) gives one code per distinct cell, over colliding guesses and a growing dictionary', () => {
    // A small alphabet makes many strings share length and end characters.
    const cell = fc.string({ unit: fc.constantFrom('0', '1', 'a', 'é', '\n', '😀'), maxLength: 7 });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 400 }), (cells) => {
        const column = new RawColumn(cells.length);
        const seen = new Map<string, number>([['', 0]]);
        for (const s of cells) {
          const code = column.code(s);
          if (!seen.has(s)) seen.set(s, seen.size);
          if (code !== seen.get(s) || column.dictionary[code] !== s) return false;
        }
        return column.dictionary.length === seen.size;
      }),
      { numRuns: 500 },
    );
  });

  it('code(cell) of an empty cell is 0, and of 20,000 distinct cells counts up', () => {
    const column = new RawColumn(0);
    expect(column.code('')).toBe(0);
    const codes = Array.from({ length: 20_000 }, (_, i) => column.code(String(100_000 + i)));
    expect(codes.every((code, i) => code === i + 1)).toBe(true);
    expect(column.code('100000')).toBe(1);
    expect(column.code('119999')).toBe(20_000);
  });

  it('code(cell) keeps one code per label over forty labels in turn, some sharing a key', () => {
    // Forty years in turn, 400,000 cells: in a small table some share a pair of slots.
    const column = new RawColumn(0);
    const years = Array.from({ length: 40 }, (_, i) => String(1990 + i));
    let wrong = 0;
    for (let round = 0; round < 10_000; round++)
      years.forEach((year, i) => (wrong += column.code(year) === i + 1 ? 0 : 1));
    expect(wrong).toBe(0);
    expect(column.dictionary).toEqual(['', ...years]);
  });

  it('code(cell) counts the line breaks of a new entry', () => {
    const column = new RawColumn(0);
    const code = column.code('two\r\nlines\nhere');
    expect(column.breaks?.get(code)).toBe(2);
  });
});
