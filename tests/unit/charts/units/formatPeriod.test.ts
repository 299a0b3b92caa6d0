import { describe, expect, it } from 'vitest';
import { formatPeriod } from '../../../../src/lib/charts/units/formatPeriod';

describe('formatPeriod(label, type, locale)', () => {
  const cases = [
    { label: '2022', type: 'period', locale: 'en', expected: '2022' },
    { label: '2022-03', type: 'period', locale: 'en', expected: 'Mar 2022' },
    { label: '2022-03', type: 'period', locale: 'de', expected: 'März 2022' },
    { label: '2022-Q1', type: 'period', locale: 'en', expected: 'Q1 2022' },
    { label: '2022-03-15', type: 'date', locale: 'en-GB', expected: '15 Mar 2022' },
    { label: 'China', type: 'category', locale: 'en', expected: 'China' },
  ] as const;
  for (const c of cases)
    it(`formatPeriod('${c.label}', '${c.type}', '${c.locale}') → '${c.expected}'`, () =>
      expect(formatPeriod(c.label, c.type, c.locale)).toBe(c.expected));
});
