import { compressors } from 'hyparquet-compressors';
import { describe, expect, it } from 'vitest';
import { parquetCompressors } from '../../../../../src/lib/data/import/parquet/parquetCompressors';
import type { GroupJob } from '../../../../../src/lib/data/import/parquet/readRowGroup';
import { zstdCompress } from './zstdCompress';

const job = (codec: 'ZSTD' | 'SNAPPY'): GroupJob => ({
  index: 0,
  rowStart: 0,
  rows: 1,
  start: 0,
  end: 0,
  chunks: [{ name: 'x', kind: 'number', element: { name: 'x' }, codec, start: 0, end: 0 }],
});

describe('parquetCompressors(job)', () => {
  it('decodes zstd pages with its own decoder, as fzstd does', async () => {
    const zstd = (await parquetCompressors(job('ZSTD'))).ZSTD!;
    expect(zstd).not.toBe(compressors.ZSTD);
    const page = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7) % 13);
    const packed = zstdCompress(page);
    expect(zstd(packed, page.length)).toEqual(page);
    expect(zstd(packed, page.length)).toEqual(compressors.ZSTD!(packed, page.length));
  });

  it('refuses a page size no page has (a damaged header) instead of making room for it', async () => {
    const zstd = (await parquetCompressors(job('ZSTD'))).ZSTD!;
    expect(() => zstd(zstdCompress(Uint8Array.of(1, 2)), 2 ** 31)).toThrow(/out of range/);
    expect(() => zstd(zstdCompress(Uint8Array.of(1, 2)), -1)).toThrow(/out of range/);
    expect(zstd(new Uint8Array(0), 0)).toEqual(new Uint8Array(0));
  });

  it('leaves the decoders as they are for a file without zstd pages', async () => {
    expect(await parquetCompressors(job('SNAPPY'))).toBe(compressors);
  });
});
