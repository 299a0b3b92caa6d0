import { describe, expect, it } from 'vitest';
import { splitFlag } from '../../../../../src/lib/data/import/shape/splitFlag';

describe('splitFlag', () => {
  const cases = [
    { input: '12.3 p', expected: ['12.3', 'p'] },
    { input: ': c', expected: [':', 'c'] },
    { input: '5 e', expected: ['5', 'e'] },
    { input: '-4.2 b', expected: ['-4.2', 'b'] },
    { input: '100 bep', expected: ['100', 'bep'] },
    { input: '12.3', expected: null },
    { input: 'Top 17', expected: null },
    { input: 'Germany e', expected: null },
    { input: '5 x', expected: null },
    { input: '5 pppp', expected: null },
  ];
  for (const { input, expected } of cases) {
    it(`splitFlag(${JSON.stringify(input)}) is ${JSON.stringify(expected)}`, () => {
      expect(splitFlag(input)).toEqual(expected);
    });
  }
});
