import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../../../src/lib/data/datasets/parseCsvRecords';

const cases = [
  {
    input: 'a,b\n1,2',
    expected: [
      ['a', 'b'],
      ['1', '2'],
    ],
  },
  {
    input: 'a,b\r\n1,2\r\n',
    expected: [
      ['a', 'b'],
      ['1', '2'],
    ],
  },
  { input: 'a\n"x, y"', expected: [['a'], ['x, y']] },
  { input: 'a\n"say ""hi"""', expected: [['a'], ['say "hi"']] },
  {
    input: 'a,b\n"line\nbreak",',
    expected: [
      ['a', 'b'],
      ['line\nbreak', ''],
    ],
  },
  { input: 'a,,c', expected: [['a', '', 'c']] },
];

describe('parseCsvRecords(text)', () => {
  for (const { input, expected } of cases)
    it(`parseCsvRecords(${JSON.stringify(input)})`, () =>
      expect(parseCsvRecords(input)).toEqual(expected));
});
