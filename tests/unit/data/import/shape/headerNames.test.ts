import { describe, expect, it } from 'vitest';
import {
  combineHeaderRows,
  dimensionHeader,
  namedFields,
  uniqueNames,
} from '../../../../../src/lib/data/import/shape/headerNames';

describe('combineHeaderRows', () => {
  it('combineHeaderRows(one row) trims names and tidies inner line breaks', () => {
    expect(combineHeaderRows([['2003 ', ' Other accounts receivable/\npayable', '']], 3)).toEqual([
      '2003',
      'Other accounts receivable/ payable',
      '',
    ]);
  });
  it('combineHeaderRows(two rows) carries a merged label right and joins the row below', () => {
    expect(
      combineHeaderRows(
        [
          ['Country', 'Exports', '', 'Imports', ''],
          ['', '2020', '2021', '2020', '2021'],
        ],
        5,
      ),
    ).toEqual(['Country', 'Exports 2020', 'Exports 2021', 'Imports 2020', 'Imports 2021']);
  });
});

describe('uniqueNames', () => {
  it('uniqueNames(blank and repeated names) renames them, one issue each', () => {
    const { names, issues } = uniqueNames(['a', '', 'a', 'a'], [1, 2, 3, 4], 7);
    expect(names).toEqual(['a', 'Column 2', 'a (2)', 'a (3)']);
    expect(issues).toHaveLength(3);
    expect(issues.every((i) => i.line === 7)).toBe(true);
  });
});

describe('dimensionHeader', () => {
  const cases = [
    { input: 'unit,geo\\time', expected: { dims: ['unit', 'geo'], across: 'time' } },
    {
      input: 'freq,unit,geo\\TIME_PERIOD',
      expected: { dims: ['freq', 'unit', 'geo'], across: 'TIME_PERIOD' },
    },
    { input: 'geo\\time', expected: { dims: ['geo'], across: 'time' } },
    { input: 'Country', expected: null },
    { input: '\\time', expected: null },
  ];
  for (const { input, expected } of cases) {
    it(`dimensionHeader('${input}') is ${JSON.stringify(expected)}`, () =>
      expect(dimensionHeader(input)).toEqual(expected));
  }
});

describe('namedFields', () => {
  it('namedFields(a header with blank cells at the end) counts up to the last name', () => {
    expect(namedFields([['a', '', 'b', '', '']])).toBe(3);
  });
});
