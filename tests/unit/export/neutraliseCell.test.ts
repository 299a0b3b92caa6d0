import { describe, expect, it } from 'vitest';
import { csvField, neutraliseCell } from '../../../src/lib/export/neutraliseCell';

describe('neutraliseCell(value)', () => {
  const cases = [
    {
      input: '=HYPERLINK("http://evil.example","x")',
      expected: `'=HYPERLINK("http://evil.example","x")`,
    },
    { input: '-2+3', expected: "'-2+3" },
    { input: '+1', expected: "'+1" },
    { input: '@SUM(1)', expected: "'@SUM(1)" },
    { input: '\t=1', expected: "'\t=1" },
    { input: '\r=1', expected: "'\r=1" },
    { input: 'China', expected: 'China' },
    { input: 'a=b', expected: 'a=b' },
    { input: '', expected: '' },
    { input: -5, expected: '-5' },
    { input: 1e-7, expected: '1e-7' },
    { input: 190.271, expected: '190.271' },
    { input: -0, expected: '0' },
    { input: NaN, expected: '' },
    { input: Infinity, expected: '' },
    { input: null, expected: '' },
  ];
  for (const { input, expected } of cases)
    it(`neutraliseCell(${JSON.stringify(input) ?? String(input)}) → ${JSON.stringify(expected)}`, () =>
      expect(neutraliseCell(input)).toBe(expected));
});

describe('csvField(text)', () => {
  const cases = [
    { input: 'plain', expected: 'plain' },
    { input: 'a,b', expected: '"a,b"' },
    { input: 'say "hi"', expected: '"say ""hi"""' },
    { input: 'two\nlines', expected: '"two\nlines"' },
    { input: 'cr\r', expected: '"cr\r"' },
    { input: 'a;b', expected: '"a;b"' },
    { input: 'a\tb', expected: '"a\tb"' },
  ];
  for (const { input, expected } of cases)
    it(`csvField(${JSON.stringify(input)}) → ${JSON.stringify(expected)}`, () =>
      expect(csvField(input)).toBe(expected));
});
