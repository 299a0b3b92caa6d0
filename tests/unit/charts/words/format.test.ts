import { format } from 'd3-format';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatAsReported,
  formatChange,
  formatUsdBillion,
} from '../../../../src/lib/charts/words/format';

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

describe('formatAsReported(value)', () => {
  it('prints values as their source did: up to three decimals, grouped, a true minus', () => {
    expect(formatAsReported(190.271)).toBe('190.271');
    expect(formatAsReported(88.1)).toBe('88.1');
    expect(formatAsReported(1234567.5)).toBe('1,234,567.5');
    expect(formatAsReported(-0.0004)).toBe('0');
    expect(formatAsReported(-1200)).toBe('−1,200');
    expect(formatAsReported(0)).toBe('0');
  });

  it('gives the same text as d3-format’s ",.3~f" for any number', () => {
    const d3 = format(',.3~f');
    const value = fc.oneof(
      fc.double({ noNaN: false }),
      fc.double({ min: -1e7, max: 1e7 }),
      fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
      fc.constantFrom(0.0005, -0.0005, 999.9995, 1e15, -1e15, 1e21, Infinity, -Infinity, NaN, -0),
    );
    fc.assert(
      fc.property(value, (v) => {
        expect(formatAsReported(v)).toBe(d3(v));
      }),
      { seed: 20240501, numRuns: 20000 },
    );
  });
});
