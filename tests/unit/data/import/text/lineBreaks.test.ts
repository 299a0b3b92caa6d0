import { describe, expect, it } from 'vitest';
import {
  countLineBreaks,
  detectNewline,
  normalizeNewlines,
} from '../../../../../src/lib/data/import/text/lineBreaks';

describe('countLineBreaks', () => {
  const cases = [
    { input: 'abc', expected: 0 },
    { input: 'a\nb', expected: 1 },
    { input: 'a\r\nb\r\n', expected: 2 },
    { input: 'a\rb', expected: 1 },
    { input: 'a\r\n\nb\r', expected: 3 },
  ];
  for (const { input, expected } of cases) {
    it(`countLineBreaks(${JSON.stringify(input)}) is ${expected}`, () =>
      expect(countLineBreaks(input)).toBe(expected));
  }
});

describe('detectNewline', () => {
  const cases = [
    { input: 'a,b\n1,2\n', expected: '\n' },
    { input: 'a,b\r\n1,2\r\n', expected: '\r\n' },
    { input: 'a,b\r1,2\r', expected: '\r' },
    { input: 'a,b\r\n1,2\n3,4\r\n', expected: 'mixed' },
    { input: 'a;"x\ny"\r\n1;2\r\n', expected: '\r\n' },
    { input: 'no line break', expected: '\n' },
  ];
  for (const { input, expected } of cases) {
    it(`detectNewline(${JSON.stringify(input)}) is ${JSON.stringify(expected)}`, () => {
      expect(detectNewline(input)).toBe(expected);
    });
  }
});

describe('normalizeNewlines', () => {
  it('normalizeNewlines(chunks) turns CRLF and CR into LF, even when CRLF is split across chunks', () => {
    const carry = { cr: false, quoted: false };
    const out = ['a\r', '\nb\rc\r\n', 'd\r'].map((chunk, i, all) =>
      normalizeNewlines(chunk, carry, i === all.length - 1),
    );
    expect(out.join('')).toBe('a\nb\nc\nd\n');
  });

  it('normalizeNewlines(quoted cells across chunks) leaves their line breaks as written', () => {
    const carry = { cr: false, quoted: false };
    const out = ['a,"x\r', '\ny"\r', '\nb\r'].map((chunk, i, all) =>
      normalizeNewlines(chunk, carry, i === all.length - 1),
    );
    expect(out.join('')).toBe('a,"x\r\ny"\nb\n');
  });
});
