import { describe, expect, it } from 'vitest';
import { cleanValues } from '../../../../../src/lib/data/import/values/cleanValues';

describe('cleanValues', () => {
  it("cleanValues(['2003 ', '2003', ' \\t-   ']) trims and merges equal values, with counts", () => {
    const values = cleanValues(
      'x',
      1,
      ['', '2003 ', '2003', ' \t-   '],
      Int32Array.of(1, 2, 3, 0, 9),
      4,
    );
    expect(values.dictionary).toEqual(['', '2003', '-']);
    expect([...values.codes]).toEqual([1, 1, 2, 0]);
    expect([...values.counts]).toEqual([1, 2, 1]);
  });

  it("cleanValues(['Chile', 'Peru']) keeps values that need no trimming as they are", () => {
    const values = cleanValues('x', 1, ['', 'Chile', 'Peru'], Int32Array.of(2, 1, 2, 0, 7), 4);
    expect(values.dictionary).toEqual(['', 'Chile', 'Peru']);
    expect([...values.codes]).toEqual([2, 1, 2, 0]);
    expect([...values.counts]).toEqual([1, 1, 2]);
  });
});
