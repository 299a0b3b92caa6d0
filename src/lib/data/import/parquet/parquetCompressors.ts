import type { Compressors } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import type { GroupJob } from './readRowGroup';

/** The largest page a decoder is asked to make room for: a larger size is a damaged header. */
const MAX_PAGE_BYTES = 2 ** 30;

/**
 * The page decompressors for a row group: hyparquet-compressors' own, and for zstd pages
 * zstd's C decoder compiled to WebAssembly (zstddec), loaded only for such a file. It decodes
 * a trade table's pages several times faster than fzstd, and fastest in a fresh worker, where
 * JavaScript code runs slowly until warmed up. Where WebAssembly is refused (a page's content
 * policy), fzstd decodes them.
 */
export function parquetCompressors(job: GroupJob): Promise<Compressors> {
  if (!job.chunks.some((c) => c.codec === 'ZSTD')) return Promise.resolve(compressors);
  // Made once per thread, for every row group that asks.
  return (withZstd ??= zstdCompressors());
}

let withZstd: Promise<Compressors> | undefined;

async function zstdCompressors(): Promise<Compressors> {
  try {
    const { ZSTDDecoder } = await import('zstddec');
    const decoder = new ZSTDDecoder();
    await decoder.init();
    const zstd = (input: Uint8Array, size: number): Uint8Array => {
      if (size === 0) return new Uint8Array(0);
      if (!(size > 0 && size <= MAX_PAGE_BYTES))
        throw new Error(`parquet page size ${size} is out of range`);
      return decoder.decode(input, size);
    };
    return { ...compressors, ZSTD: zstd };
  } catch {
    return compressors;
  }
}
