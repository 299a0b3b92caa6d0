import { describe, expect, it } from 'vitest';
import { formatBytes, refuseFile } from '../../../../src/lib/data/import/refuseFile';

const bytes = (...b: number[]) => Uint8Array.from(b);
const SAVE_AS = 'save it as CSV (File › Save As › CSV UTF-8) and upload that';

describe('refuseFile', () => {
  const refused = [
    {
      name: 'a ZIP header (a real .xlsx)',
      input: bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0),
      says: /Excel workbook \(\.xlsx\)/,
    },
    {
      name: 'an OLE2 header (a real .xls)',
      input: bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1),
      says: /old-style Excel workbook/,
    },
    {
      name: 'a PNG header',
      input: bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
      says: /PNG image/,
    },
    { name: 'a JPEG header', input: bytes(0xff, 0xd8, 0xff, 0xe0), says: /JPEG image/ },
    { name: 'a GIF header', input: bytes(0x47, 0x49, 0x46, 0x38, 0x39, 0x61), says: /GIF image/ },
    { name: 'a PDF header', input: new TextEncoder().encode('%PDF-1.7\n'), says: /PDF document/ },
    {
      name: 'NUL bytes in text that is not UTF-16',
      input: bytes(0x61, 0x2c, 0x00, 0x00, 0x00, 0x62, 0x0a, 0x31),
      says: /binary data \(NUL bytes\)/,
    },
  ];
  for (const { name, input, says } of refused) {
    it(`refuseFile(${name}) says what it is and to save it as CSV`, () => {
      const message = refuseFile(input);
      expect(message).toMatch(says);
      expect(message).toContain(SAVE_AS);
    });
  }

  it('refuseFile(empty) says the file is empty', () => {
    expect(refuseFile(new Uint8Array(0))).toMatch(/empty/);
  });

  it('refuseFile(bytes, size over the limit) names both sizes', () => {
    const message = refuseFile(bytes(0x61), 612 * 1024 * 1024, 500 * 1024 * 1024);
    expect(message).toMatch(/612 MB.*500 MB/);
  });

  it('refuseFile(CSV text) is null', () => {
    expect(refuseFile(new TextEncoder().encode('a,b\n1,2\n'))).toBeNull();
  });

  it('refuseFile(UTF-16 text with its NUL bytes) is null', () => {
    expect(refuseFile(bytes(0xff, 0xfe, 0x61, 0, 0x2c, 0, 0x62, 0))).toBeNull();
    expect(refuseFile(bytes(0x61, 0, 0x2c, 0, 0x62, 0, 0x0a, 0))).toBeNull();
  });
});

describe('formatBytes', () => {
  const cases = [
    { input: 12, expected: '12 bytes' },
    { input: 2048, expected: '2 KB' },
    { input: 500 * 1024 * 1024, expected: '500 MB' },
    { input: 2 * 1024 ** 3, expected: '2 GB' },
    { input: 2.4 * 1024 ** 3, expected: '2.4 GB' },
  ];
  for (const { input, expected } of cases) {
    it(`formatBytes(${input}) is ${expected}`, () => expect(formatBytes(input)).toBe(expected));
  }
});
