import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../../../../src/lib/data/import/values/parseIsoDate';

describe('parseIsoDate', () => {
  const cases = [
    { input: '2023-10-26', expected: Date.UTC(2023, 9, 26) },
    { input: '2024-02-29', expected: Date.UTC(2024, 1, 29) },
    { input: '2023-10-26T08:30Z', expected: Date.UTC(2023, 9, 26, 8, 30) },
    { input: '2023-10-26 08:30:15', expected: Date.UTC(2023, 9, 26, 8, 30, 15) },
    { input: '2023-10-26T08:30:00.250Z', expected: Date.UTC(2023, 9, 26, 8, 30, 0, 250) },
    { input: '2023-10-26T10:30+02:00', expected: Date.UTC(2023, 9, 26, 8, 30) },
  ];
  for (const { input, expected } of cases) {
    it(`parseIsoDate('${input}') is ${new Date(expected).toISOString()}`, () =>
      expect(parseIsoDate(input)).toBe(expected));
  }
  for (const input of [
    '2023-02-30',
    '2023-13-01',
    '2023-10',
    '09/15/2023',
    '2023-10-26T25:00',
    '2023',
  ]) {
    it(`parseIsoDate('${input}') is NaN`, () => expect(parseIsoDate(input)).toBeNaN());
  }
});
