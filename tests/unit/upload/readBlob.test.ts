import { describe, expect, it, vi } from 'vitest';
import { readBlob } from '../../../src/lib/upload/readBlob';

const bytes = Uint8Array.from({ length: 1000 }, (_, i) => i % 251);

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<number[]> {
  const out: number[] = [];
  // Copied as they come: each chunk is valid only until the next.
  for await (const chunk of chunks) out.push(...chunk);
  return out;
}

/** A blob-like whose stream is not a byte stream, so it cannot fill a given buffer. */
function plainStreamBlob(parts: Uint8Array[], cancel = () => {}): Blob {
  const stream = () =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        parts.forEach((p) => controller.enqueue(p));
        controller.close();
      },
      cancel,
    });
  return { stream } as unknown as Blob;
}

describe('readBlob(blob, size)', () => {
  it('yields every byte in order, through a buffer smaller than the blob', async () => {
    expect(await collect(readBlob(new Blob([bytes]), 64))).toEqual([...bytes]);
  });

  it('reads into one buffer: a chunk kept without copying is emptied by the next read', async () => {
    const chunks: Uint8Array[] = [];
    for await (const chunk of readBlob(new Blob([bytes]), 64)) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks[0].length).toBe(0);
  });

  it('reads a stream that cannot fill a given buffer as it comes', async () => {
    const blob = plainStreamBlob([bytes.subarray(0, 300), bytes.subarray(300)]);
    expect(await collect(readBlob(blob))).toEqual([...bytes]);
  });

  it('cancels the stream when the reader stops early', async () => {
    const cancel = vi.fn();
    const blob = plainStreamBlob([bytes.subarray(0, 10), bytes.subarray(10)], cancel);
    for await (const chunk of readBlob(blob)) if (chunk.length) break;
    expect(cancel).toHaveBeenCalled();
  });

  it('stops at the blob size, even if the stream never says it is done', async () => {
    let sent = false;
    const stream = () =>
      new ReadableStream({
        type: 'bytes',
        pull(controller) {
          // The bytes once, then silence: no close.
          if (!sent) controller.enqueue(bytes.slice());
          sent = true;
        },
      });
    const blob = { size: bytes.length, stream } as unknown as Blob;
    expect(await collect(readBlob(blob, 64))).toEqual([...bytes]);
  });
});
