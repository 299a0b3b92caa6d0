import { describe, expect, it } from 'vitest';
import { estimateTextWidth, wrapText } from '../../../src/lib/export/wrapText';

describe('estimateTextWidth(text, fontSize, bold)', () => {
  const cases = [
    { text: 'abcd', size: 10, bold: false, expected: 22 },
    { text: 'abcd', size: 10, bold: true, expected: 24 },
    { text: '中俄', size: 10, bold: false, expected: 20 },
    { text: '', size: 10, bold: false, expected: 0 },
  ];
  for (const { text, size, bold, expected } of cases)
    it(`estimateTextWidth('${text}', ${size}, ${bold}) → ${expected}`, () =>
      expect(estimateTextWidth(text, size, bold)).toBeCloseTo(expected));
});

describe('wrapText(text, maxWidth, fontSize)', () => {
  it('breaks at spaces so no line is wider than maxWidth', () => {
    const lines = wrapText('the quick brown fox jumps over the lazy dog', 60, 10);
    expect(lines.join(' ')).toBe('the quick brown fox jumps over the lazy dog');
    for (const line of lines) expect(estimateTextWidth(line, 10)).toBeLessThanOrEqual(60);
    expect(lines).toEqual(['the quick', 'brown fox', 'jumps over', 'the lazy', 'dog']);
  });

  it('breaks inside a word only when the word alone is too wide', () =>
    expect(wrapText('https://example.org/a/very/long/path', 55, 10)).toEqual([
      'https://ex',
      'ample.org/',
      'a/very/lon',
      'g/path',
    ]));

  it('wraps CJK text, which has no spaces', () =>
    expect(wrapText('中俄贸易额达到了创纪录', 40, 10)).toEqual(['中俄贸易', '额达到了', '创纪录']));

  it('gives no lines for blank text', () => expect(wrapText('  \n ', 100, 10)).toEqual([]));
});
