import { describe, expect, it } from 'vitest';
import { headFirst } from '../../../src/lib/upload/headFirst';

async function* chunks(...sizes: number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (const size of sizes) {
    yield Uint8Array.from({ length: size }, (_, i) => (at + i) % 251);
    at += size;
  }
}

async function sizes(source: AsyncGenerator<Uint8Array>): Promise<number[]> {
  const out: number[] = [];
  for await (const value of source) out.push(value.length);
  return out;
}

describe('headFirst(chunks, head, piece)', () => {
  it('cuts the first chunk after head bytes and passes the rest as they come', async () => {
    expect(await sizes(headFirst(chunks(1000, 700, 300), 256))).toEqual([256, 744, 700, 300]);
  });

  it('keeps a first chunk no longer than head whole', async () => {
    expect(await sizes(headFirst(chunks(256, 1000), 256))).toEqual([256, 1000]);
    expect(await sizes(headFirst(chunks(100), 256))).toEqual([100]);
  });

  it('passes the rest in pieces of at most `piece` bytes', async () => {
    expect(await sizes(headFirst(chunks(1000, 700, 300), 256, 300))).toEqual([
      256, 300, 300, 144, 300, 300, 100, 300,
    ]);
  });

  it('loses and reorders no byte', async () => {
    for (const piece of [Infinity, 7]) {
      const whole: number[] = [];
      for await (const value of headFirst(chunks(1000, 50), 300, piece)) whole.push(...value);
      expect(whole).toEqual(Array.from({ length: 1050 }, (_, i) => i % 251));
    }
  });
});
