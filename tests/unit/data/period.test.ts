import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../src/lib/data/period';

describe('parsePeriod', () => {
  const cases = [
    { input: '2022', expected: { label: '2022', key: 2022, granularity: 'year' } },
    { input: ' 2003 ', expected: { label: '2003', key: 2003, granularity: 'year' } },
    { input: '1990 [YR1990]', expected: { label: '1990', key: 1990, granularity: 'year' } },
    { input: '2022-03', expected: { label: '2022-03', key: 2022 + 2 / 12, granularity: 'month' } },
    { input: '2022M03', expected: { label: '2022-03', key: 2022 + 2 / 12, granularity: 'month' } },
    { input: '2022m3', expected: { label: '2022-03', key: 2022 + 2 / 12, granularity: 'month' } },
    { input: 'Mar 2022', expected: { label: '2022-03', key: 2022 + 2 / 12, granularity: 'month' } },
    {
      input: 'March 2022',
      expected: { label: '2022-03', key: 2022 + 2 / 12, granularity: 'month' },
    },
    {
      input: 'Dec-2021',
      expected: { label: '2021-12', key: 2021 + 11 / 12, granularity: 'month' },
    },
    { input: '2022Q1', expected: { label: '2022-Q1', key: 2022, granularity: 'quarter' } },
    { input: '2022-Q1', expected: { label: '2022-Q1', key: 2022, granularity: 'quarter' } },
    { input: '2022 Q3', expected: { label: '2022-Q3', key: 2022.5, granularity: 'quarter' } },
    { input: 'Q4 2022', expected: { label: '2022-Q4', key: 2022.75, granularity: 'quarter' } },
  ] as const;
  for (const { input, expected } of cases) {
    it(`parsePeriod(${JSON.stringify(input)}) reads ${expected.label} (${expected.granularity})`, () => {
      const period = parsePeriod(input);
      expect(period).toMatchObject({ label: expected.label, granularity: expected.granularity });
      expect(period!.key).toBeCloseTo(expected.key, 10);
    });
  }

  const notPeriods = [
    '',
    '22',
    '20221',
    '2022-13',
    '2022Q5',
    'Foo 2022',
    '0999',
    '3000',
    '2022-03-01',
    '12.5',
    'n/a',
  ];
  for (const input of notPeriods) {
    it(`parsePeriod(${JSON.stringify(input)}) is null`, () => {
      expect(parsePeriod(input)).toBeNull();
    });
  }
});
