import { describe, expect, it } from 'vitest';
import { formatChange, formatUsdBillion } from '../../../src/lib/charts/format';

describe('formatUsdBillion(value, fixed)', () => {
  const cases = [
    { input: 190, fixed: false, expected: '$190 bn' },
    { input: 190.271, fixed: false, expected: '$190.3 bn' },
    { input: 87.96, fixed: true, expected: '$88.0 bn' },
    { input: 1234.5, fixed: false, expected: '$1.2 tn' },
  ];
  for (const { input, fixed, expected } of cases)
    it(`formatUsdBillion(${input}, ${fixed}) → '${expected}'`, () =>
      expect(formatUsdBillion(input, fixed)).toBe(expected));
});

describe('formatChange(percent)', () => {
  it('signs with a plus or a true minus', () => {
    expect(formatChange(115.97)).toBe('+116.0 %');
    expect(formatChange(-2.9)).toBe('−2.9 %');
  });
});
