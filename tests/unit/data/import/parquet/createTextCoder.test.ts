import { describe, expect, it } from 'vitest';
import { createTextCoder } from '../../../../../src/lib/data/import/parquet/createTextCoder';

const utf8 = new TextEncoder();

describe('createTextCoder()', () => {
  it("codeOfBytes(bytes, start, length) gives one code per distinct text, '' as 0", () => {
    const coder = createTextCoder();
    const page = utf8.encode('xChinaChinaRussia');
    expect(coder.codeOfBytes(page, 1, 5)).toBe(1);
    expect(coder.codeOfBytes(page, 6, 5)).toBe(1);
    expect(coder.codeOfBytes(page, 11, 6)).toBe(2);
    expect(coder.codeOfBytes(page, 0, 0)).toBe(0);
    expect(coder.codeOfText('Russia')).toBe(2);
    expect(coder.dictionary).toEqual(['', 'China', 'Russia']);
  });

  it('codeOfBytes() keeps every code as its table grows past thousands of texts', () => {
    const coder = createTextCoder();
    const texts = Array.from({ length: 5000 }, (_, i) => `code ${i * 7919}`);
    const first = texts.map((t) => coder.codeOfBytes(utf8.encode(t), 0, utf8.encode(t).length));
    const again = texts.map((t) => coder.codeOfBytes(utf8.encode(t), 0, utf8.encode(t).length));
    expect(again).toEqual(first);
    expect(first.map((c) => coder.dictionary[c])).toEqual(texts);
  });

  it('codeOfBytes() gives byte strings that decode alike (broken UTF-8) one code', () => {
    const coder = createTextCoder();
    const a = coder.codeOfBytes(Uint8Array.of(0xff), 0, 1);
    const b = coder.codeOfBytes(Uint8Array.of(0xfe), 0, 1);
    expect(a).toBe(b);
    expect(coder.dictionary[a]).toBe('\uFFFD');
  });
});
