import { formatBytes } from '../refuseFile';

/** Why a gzip stream could not be read: a message for the user. */
export class GzipError extends Error {}

/** The message for a decompression failure, by what the engine said. */
function failure(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  if (/truncat|unexpected end|end of (file|stream)/i.test(detail)) {
    return (
      'The gzip-compressed file ends too soon: it is truncated, probably by an interrupted ' +
      'download. Download it again and upload the whole file.'
    );
  }
  return (
    `The gzip-compressed file is damaged and cannot be decompressed (${detail}). ` +
    'Download it again, or decompress it yourself and upload what it holds.'
  );
}

/** A stream of copies of what `source` yields (its chunks may share one reused buffer). */
function toStream(source: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const it = source[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await it.next();
      if (done) controller.close();
      else controller.enqueue(value.slice());
    },
    async cancel() {
      await it.return?.();
    },
  });
}

/**
 * The decompressed bytes of a gzip stream, chunk by chunk, decompressed as they come
 * (`DecompressionStream`, in browsers, workers and Node 20): the whole file is never held.
 * More than `maxBytes` decompressed (a "zip bomb", or just too big) stops it. Every failure
 * is a GzipError whose message says what is wrong and what to do.
 */
export async function* gunzipChunks(
  source: AsyncIterable<Uint8Array>,
  maxBytes: number,
): AsyncGenerator<Uint8Array> {
  const reader = toStream(source)
    .pipeThrough(new DecompressionStream('gzip') as ReadableWritablePair<Uint8Array, Uint8Array>)
    .getReader();
  let total = 0;
  try {
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (e) {
        throw new GzipError(failure(e));
      }
      if (chunk.done) return;
      total += chunk.value.length;
      if (total > maxBytes) {
        throw new GzipError(
          `Decompressed, the file is more than ${formatBytes(maxBytes)}, the most the importer ` +
            'reads (it may be a "zip bomb"): filter or split the data and upload the parts.',
        );
      }
      yield chunk.value;
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}
