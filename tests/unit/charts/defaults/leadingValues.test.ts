import { describe, expect, it } from 'vitest';
import { leadingValues } from '../../../../src/lib/charts/defaults/leadingValues';
import type { NumberColumn, TextColumn } from '../../../../src/lib/data/table';

const text = (
  name: string,
  labels: string[],
  type: TextColumn['type'] = 'category',
): TextColumn => {
  const dictionary = [...new Set(labels)];
  return {
    name,
    type,
    dictionary,
    codes: Int32Array.from(labels, (v) => (v === '' ? -1 : dictionary.indexOf(v))),
  };
};
const numbers = (name: string, values: number[]): NumberColumn => ({
  name,
  type: 'number',
  values: Float64Array.from(values),
});
const all = (n: number) => new Uint8Array(n).fill(1);

describe('leadingValues(split, y, time, mask, n, groups)', () => {
  // B leads in 2021, but A and C report 2022: the newest period comes first, then size.
  const split = text('Partner', ['A', 'B', 'C', 'A', 'B', 'C', 'A']);
  const y = numbers('Value', [5, 90, 1, 7, 80, 9, 4]);
  const years = ['2020', '2020', '2020', '2022', '2021', '2022', '2022'];

  it('ranks by the sum at each value’s latest period (a period column with keys)', () => {
    const time = { ...text('Year', years, 'period') };
    time.keys = Float64Array.from(time.dictionary, Number);
    // A: 7 + 4 = 11 in 2022; C: 9 in 2022; B: 80 in 2021.
    expect(leadingValues(split, y, time, all(7), 3)).toEqual(['A', 'C', 'B']);
  });

  it('reads the time of a number column, or of codes in order without keys', () => {
    const asNumbers = numbers('Year', years.map(Number));
    expect(leadingValues(split, y, asNumbers, all(7), 3)).toEqual(['A', 'C', 'B']);
    // Without keys, a later code is a later time: 2020, 2022, 2021 in order of appearance.
    const coded = text('Year', years, 'period');
    expect(leadingValues(split, y, coded, all(7), 3)).toEqual(['B', 'A', 'C']);
  });

  it('sums every kept row with no time column; masked, missing and empty rows count for none', () => {
    expect(leadingValues(split, y, undefined, all(7), 3)).toEqual(['B', 'A', 'C']);
    const mask = Uint8Array.from([1, 0, 1, 1, 0, 1, 1]);
    expect(leadingValues(split, y, undefined, mask, 3)).toEqual(['A', 'C']);
    const gaps = numbers('Value', [5, NaN, 1, 7, NaN, 9, 4]);
    expect(leadingValues(split, gaps, undefined, all(7), 3)).toEqual(['A', 'C']);
    const time = text('Year', ['2020', '', '2020', '2022', '', '2022', '2022'], 'period');
    time.keys = Float64Array.from(time.dictionary, Number);
    expect(leadingValues(split, y, time, all(7), 3)).toEqual(['A', 'C']);
  });

  it('adds up periods written two ways that have one key', () => {
    const time = text('Month', ['2022-03', '2022M03', '2022-02', '2022M03'], 'period');
    time.keys = Float64Array.from([2022.2, 2022.2, 2022.1]);
    const who = text('Partner', ['A', 'A', 'B', 'B']);
    // A: 3 + 4 = 7 in March; B: 6 in March (its February 100 is older).
    expect(leadingValues(who, numbers('Value', [3, 4, 100, 6]), time, all(4), 2)).toEqual([
      'A',
      'B',
    ]);
  });

  it('gives the same order past the size of the grid of sums, row by row', () => {
    // 3,000 values over 400 periods: more cells than the grid is made for.
    const rows = 6000;
    const labels = Array.from({ length: rows }, (_, r) => `P${r % 3000}`);
    const periods = Array.from({ length: rows }, (_, r) => String(1600 + (r % 400)));
    const time = text('Year', periods, 'period');
    time.keys = Float64Array.from(time.dictionary, Number);
    const values = numbers(
      'Value',
      labels.map((_, r) => (r * 7919) % 1000),
    );
    const wide = leadingValues(text('Partner', labels), values, time, all(rows), 5);
    const asNumbers = numbers('Year', periods.map(Number));
    expect(wide).toEqual(leadingValues(text('Partner', labels), values, asNumbers, all(rows), 5));
    expect(wide).toHaveLength(5);
  });

  it('leaves out groups while there are economies, and puts World first beside a rate', () => {
    const who = text('Area', ['World', 'A', 'B', 'Europe']);
    const rate = numbers('Growth', [3, 2, 4, 50]);
    expect(leadingValues(who, rate, undefined, all(4), 2, new Set(['World', 'Europe']))).toEqual([
      'World',
      'B',
    ]);
    const sum = numbers('Value', [1000, 2, 4, 50]);
    expect(leadingValues(who, sum, undefined, all(4), 2, new Set(['World', 'Europe']))).toEqual([
      'B',
      'A',
    ]);
  });
});
