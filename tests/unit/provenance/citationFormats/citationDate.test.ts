import { describe, expect, it } from 'vitest';
import {
  formatUsDateSpan,
  parseCitationDate,
} from '../../../../src/lib/provenance/citationFormats/citationDate';

describe('parseCitationDate(iso)', () => {
  const cases = [
    { input: '2023-03-22', expected: { start: { year: 2023, month: 3, day: 22 } } },
    { input: '2023-03', expected: { start: { year: 2023, month: 3 } } },
    { input: '2023', expected: { start: { year: 2023 } } },
    { input: '2012/2023', expected: { start: { year: 2012 }, end: { year: 2023 } } },
    { input: '2012–2023', expected: { start: { year: 2012 }, end: { year: 2023 } } },
    { input: '2012-2023', expected: { start: { year: 2012 }, end: { year: 2023 } } },
    { input: ' 2012 — 2023 ', expected: { start: { year: 2012 }, end: { year: 2023 } } },
    { input: '2023-03/2023', expected: { start: { year: 2023, month: 3 }, end: { year: 2023 } } },
    { input: '2023/2012', expected: null },
    { input: '2023-05/2023-03', expected: null },
    { input: '2012–2023–2024', expected: null },
    { input: '2023-13-01', expected: null },
    { input: '22 March 2023', expected: null },
    { input: '2012/2013/2014', expected: null },
    { input: '', expected: null },
    { input: undefined, expected: null },
  ];
  for (const { input, expected } of cases)
    it(`parseCitationDate(${JSON.stringify(input)})`, () =>
      expect(parseCitationDate(input)).toEqual(expected));
});

describe('formatUsDateSpan(date)', () => {
  const cases = [
    { input: '2023-03-22', expected: 'March 22, 2023' },
    { input: '2023-03', expected: 'March 2023' },
    { input: '2012/2023', expected: '2012–2023' },
  ];
  for (const { input, expected } of cases)
    it(`formatUsDateSpan('${input}') → '${expected}'`, () =>
      expect(formatUsDateSpan(parseCitationDate(input)!)).toBe(expected));
});
