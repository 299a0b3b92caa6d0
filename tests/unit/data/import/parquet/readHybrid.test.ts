import fc from 'fast-check';
import { readRleBitPackedHybrid } from 'hyparquet/src/encoding.js';
import { describe, expect, it } from 'vitest';
import { readHybrid } from '../../../../../src/lib/data/import/parquet/readHybrid';

/** Runs of the hybrid encoding: repeated values, and bit-packed groups of eight. */
function encode(runs: { repeat: boolean; values: number[] }[], width: number): Uint8Array {
  const out: number[] = [];
  const varint = (n: number) => {
    for (; n >= 0x80; n = Math.floor(n / 128)) out.push((n % 128) | 0x80);
    out.push(n);
  };
  for (const { repeat, values } of runs) {
    if (repeat) {
      varint(values.length * 2);
      for (let b = 0; b < (width + 7) >> 3; b++) out.push((values[0] >> (8 * b)) & 0xff);
      continue;
    }
    const groups = Math.ceil(values.length / 8);
    varint(groups * 2 + 1);
    let data = 0;
    let bits = 0;
    for (let i = 0; i < groups * 8; i++) {
      data += (values[i] ?? 0) * 2 ** bits;
      for (bits += width; bits >= 8; bits -= 8) {
        out.push(data % 256);
        data = Math.floor(data / 256);
      }
    }
  }
  return Uint8Array.from(out);
}

const runs = (width: number) =>
  fc.array(
    fc.record({
      repeat: fc.boolean(),
      values: fc.array(fc.integer({ min: 0, max: 2 ** width - 1 }), {
        minLength: 1,
        maxLength: 40,
      }),
    }),
    { minLength: 1, maxLength: 8 },
  );

describe('readHybrid(bytes, offset, end, width, output)', () => {
  it('reads what hyparquet reads, for widths 1 to 24, into outputs shorter than the runs too', () => {
    const cases = fc
      .integer({ min: 1, max: 24 })
      .chain((w) => fc.tuple(fc.constant(w), runs(w), fc.integer({ min: 0, max: 7 })));
    fc.assert(
      fc.property(cases, ([width, list, short]) => {
        const fixed = list.map((r) =>
          r.repeat ? { ...r, values: r.values.map(() => r.values[0]) } : r,
        );
        const bytes = encode(fixed, width);
        const all = fixed.reduce(
          (n, r) => n + (r.repeat ? r.values.length : Math.ceil(r.values.length / 8) * 8),
          0,
        );
        const count = Math.max(1, all - short);
        const got = new Int32Array(count);
        const expected = new Int32Array(count);
        expect(readHybrid(bytes, 0, bytes.length, width, got)).toBe(true);
        const view = new DataView(bytes.buffer);
        readRleBitPackedHybrid({ view, offset: 0 }, width, expected, bytes.length);
        expect(got).toEqual(expected);
      }),
    );
  });

  it('reads zeros past the end of damaged bytes, and leaves widths past 24 to hyparquet', () => {
    const levels = new Uint8Array(16).fill(9);
    expect(readHybrid(Uint8Array.of(0x05, 0xff), 0, 2, 1, levels)).toBe(true);
    expect([...levels]).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(readHybrid(new Uint8Array(8), 0, 8, 25, new Int32Array(2))).toBeNull();
    // A run header that promises billions of values reads only the ten wanted.
    const huge = Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0x0f, 0b10001, 0);
    const ten = new Int32Array(10);
    expect(readHybrid(huge, 0, huge.length, 5, ten)).toBe(true);
    expect([...ten]).toEqual([17, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});
