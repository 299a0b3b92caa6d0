import { describe, expect, it } from 'vitest';
import {
  couldBeNumber,
  parseDigitsOnly,
  parseNumber,
  type DecimalSeparator,
} from '../../../../../src/lib/data/import/values/parseNumber';

describe('parseNumber', () => {
  const cases: { input: string; decimal: DecimalSeparator; expected: number }[] = [
    { input: '1234', decimal: '.', expected: 1234 },
    { input: '1,234.5', decimal: '.', expected: 1234.5 },
    { input: '1.234,5', decimal: ',', expected: 1234.5 },
    { input: '3.290,2', decimal: ',', expected: 3290.2 },
    { input: '229,1', decimal: ',', expected: 229.1 },
    { input: '1 234,5', decimal: ',', expected: 1234.5 },
    { input: '1\u00a0234,5', decimal: ',', expected: 1234.5 },
    { input: '1\u202f234,5', decimal: ',', expected: 1234.5 },
    { input: "1'234.5", decimal: '.', expected: 1234.5 },
    { input: '1’234.5', decimal: '.', expected: 1234.5 },
    { input: '1,234,567', decimal: '.', expected: 1234567 },
    { input: '1.234.567', decimal: ',', expected: 1234567 },
    { input: '(1,234)', decimal: '.', expected: -1234 },
    { input: '\u22125', decimal: '.', expected: -5 },
    { input: '-4078.7', decimal: '.', expected: -4078.7 },
    { input: '+12', decimal: '.', expected: 12 },
    { input: '$1,234.50', decimal: '.', expected: 1234.5 },
    { input: '-$5', decimal: '.', expected: -5 },
    { input: '€ 12,5', decimal: ',', expected: 12.5 },
    { input: '1.234 €', decimal: ',', expected: 1234 },
    { input: '£3', decimal: '.', expected: 3 },
    { input: '¥100', decimal: '.', expected: 100 },
    { input: '61%', decimal: ',', expected: 61 },
    { input: '12.5 %', decimal: '.', expected: 12.5 },
    { input: '.5', decimal: '.', expected: 0.5 },
    { input: '1.5E+10', decimal: '.', expected: 1.5e10 },
    { input: '2.5e-3', decimal: '.', expected: 0.0025 },
    { input: ' 84.8984771573604 ', decimal: '.', expected: 84.8984771573604 },
    { input: '1,379.48', decimal: '.', expected: 1379.48 },
    { input: '0,0', decimal: ',', expected: 0 },
  ];
  for (const { input, decimal, expected } of cases) {
    it(`parseNumber(${JSON.stringify(input)}, {decimal: '${decimal}'}) reads ${expected}`, () => {
      expect(parseNumber(input, { decimal })).toBe(expected);
    });
  }

  const notNumbers: { input: string; decimal: DecimalSeparator }[] = [
    { input: '', decimal: '.' },
    { input: '-', decimal: '.' },
    { input: '..', decimal: '.' },
    { input: 'n/a', decimal: '.' },
    { input: 'Top 17', decimal: '.' },
    { input: '3.290,2', decimal: '.' },
    { input: '229,1', decimal: '.' },
    { input: '1,234.5', decimal: ',' },
    { input: '12,34,567', decimal: '.' },
    { input: '1 234.5,6', decimal: '.' },
    { input: '2022-03', decimal: '.' },
    { input: '5.', decimal: '.' },
    { input: '+-5', decimal: '.' },
    { input: '1e999', decimal: '.' },
    { input: '€', decimal: '.' },
  ];
  for (const { input, decimal } of notNumbers) {
    it(`parseNumber(${JSON.stringify(input)}, {decimal: '${decimal}'}) is NaN`, () => {
      expect(parseNumber(input, { decimal })).toBeNaN();
    });
  }

  it("parseNumber('1,234') reads 1234 with a decimal point and 1.234 with a decimal comma", () => {
    expect(parseNumber('1,234')).toBe(1234);
    expect(parseNumber('1,234', { decimal: ',' })).toBe(1.234);
  });
});

describe('parseDigitsOnly', () => {
  it('parseDigitsOnly(cell, decimal) reads a cell that starts and ends with a digit as parseNumber does', () => {
    for (const s of ['2,366,445,410.94', '12.5', '1.234,5', '1,234', '1e5', '1,23', '1 234', '07'])
      for (const decimal of ['.', ','] as const) {
        const want = parseNumber(s, { decimal });
        expect(parseDigitsOnly(s, decimal)).toEqual(want);
      }
    expect(parseDigitsOnly('1.234,5', ',')).toBe(1234.5);
    expect(parseDigitsOnly('1,23', '.')).toBeNaN();
  });
});

describe('couldBeNumber', () => {
  const cases = [
    { input: '12', expected: true },
    { input: '(3)', expected: true },
    { input: '−1', expected: true },
    { input: '$5', expected: true },
    { input: 'Albania', expected: false },
    { input: 'n/a', expected: false },
  ];
  for (const { input, expected } of cases) {
    it(`couldBeNumber(${JSON.stringify(input)}) is ${expected}`, () =>
      expect(couldBeNumber(input)).toBe(expected));
  }
});
