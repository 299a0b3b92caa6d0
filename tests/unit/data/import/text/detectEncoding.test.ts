import { describe, expect, it } from 'vitest';
import {
  byteOrderMark,
  detectEncoding,
  isValidUtf8,
  utf16ByNulPattern,
} from '../../../../../src/lib/data/import/text/detectEncoding';

const utf16le = (s: string) =>
  Uint8Array.from([...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
const utf16be = (s: string) =>
  Uint8Array.from([...s].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]));
const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => Uint8Array.from(b);

describe('detectEncoding', () => {
  const cases = [
    { name: 'ASCII', input: utf8('a,b\n1,2\n'), expected: 'utf-8' },
    { name: 'UTF-8 with BOM', input: bytes(0xef, 0xbb, 0xbf, 0x61, 0x2c, 0x62), expected: 'utf-8' },
    { name: 'UTF-8 without BOM (Côte)', input: utf8("name\nCôte d'Ivoire\n"), expected: 'utf-8' },
    {
      name: 'UTF-16LE with BOM',
      input: Uint8Array.from([0xff, 0xfe, ...utf16le('a,b\n1,2\n')]),
      expected: 'utf-16le',
    },
    {
      name: 'UTF-16BE with BOM',
      input: Uint8Array.from([0xfe, 0xff, ...utf16be('a,b\n1,2\n')]),
      expected: 'utf-16be',
    },
    {
      name: 'UTF-16LE without BOM',
      input: utf16le('Country\tYear\nChina\t2022\n'),
      expected: 'utf-16le',
    },
    {
      name: 'UTF-16BE without BOM',
      input: utf16be('Country\tYear\nChina\t2022\n'),
      expected: 'utf-16be',
    },
    {
      name: 'Windows-1252 (C\\xf4te)',
      input: bytes(0x43, 0xf4, 0x74, 0x65, 0x0a),
      expected: 'windows-1252',
    },
    {
      name: 'Windows-1252 (T\\xfcrkiye)',
      input: bytes(0x54, 0xfc, 0x72, 0x6b, 0x69, 0x79, 0x65),
      expected: 'windows-1252',
    },
    {
      name: 'a UTF-8 sequence cut at the end of a sample',
      input: utf8('abc\u20ac').subarray(0, 5),
      expected: 'utf-8',
    },
  ];
  for (const { name, input, expected } of cases) {
    it(`detectEncoding(${name}) is ${expected}`, () => {
      expect(detectEncoding(input)).toBe(expected);
    });
  }
});

describe('isValidUtf8', () => {
  const cases = [
    { name: 'ASCII', input: utf8('abc'), expected: true },
    { name: 'two-, three- and four-byte characters', input: utf8('é€😀'), expected: true },
    { name: 'a lone continuation byte', input: bytes(0x61, 0x80), expected: false },
    { name: 'an overlong NUL (C0 80)', input: bytes(0xc0, 0x80), expected: false },
    { name: 'a UTF-16 surrogate (ED A0 80)', input: bytes(0xed, 0xa0, 0x80), expected: false },
    { name: 'Latin-1 é followed by ASCII', input: bytes(0xe9, 0x74, 0x65), expected: false },
  ];
  for (const { name, input, expected } of cases) {
    it(`isValidUtf8(${name}) is ${expected}`, () => {
      expect(isValidUtf8(input)).toBe(expected);
    });
  }
  it('isValidUtf8(cut sequence, false) is false when the end must be whole', () => {
    expect(isValidUtf8(bytes(0x61, 0xe2, 0x82), false)).toBe(false);
    expect(isValidUtf8(bytes(0x61, 0xe2, 0x82), true)).toBe(true);
  });
});

describe('byteOrderMark and utf16ByNulPattern', () => {
  it('byteOrderMark(EF BB BF …) is UTF-8 of length 3', () => {
    expect(byteOrderMark(bytes(0xef, 0xbb, 0xbf, 0x41))).toEqual({ encoding: 'utf-8', length: 3 });
  });
  it('byteOrderMark(plain text) is null', () => {
    expect(byteOrderMark(utf8('abc'))).toBeNull();
  });
  it('utf16ByNulPattern(text without NULs) is null', () => {
    expect(utf16ByNulPattern(utf8('a,b,c\n1,2,3\n'))).toBeNull();
  });
});
