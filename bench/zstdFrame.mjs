// zstd for writing Parquet twins, in the benchmark and the tests: the system's `zstd` command
// where there is one (Node 20 has no zstd), else a valid zstd frame of stored blocks.
import { spawnSync } from 'node:child_process';

/** zstd of bytes by the system's command, or null when there is none. */
export function systemZstd(bytes) {
  const r = spawnSync('zstd', ['-q', '-c', '-3'], { input: bytes, maxBuffer: 1 << 30 });
  return r.status === 0 ? new Uint8Array(r.stdout) : null;
}

/** A zstd frame of raw (stored) blocks: valid zstd that any decoder reads, not compressed. */
export function storedFrame(input) {
  const BLOCK = 128 * 1024;
  const blocks = Math.max(1, Math.ceil(input.length / BLOCK));
  const frame = new Uint8Array(13 + blocks * 3 + input.length);
  const view = new DataView(frame.buffer);
  view.setUint32(0, 0xfd2fb528, true); // magic
  frame[4] = 0xe0; // single segment, 8-byte content size
  view.setBigUint64(5, BigInt(input.length), true);
  let at = 13;
  for (let b = 0; b < blocks; b++) {
    const part = input.subarray(b * BLOCK, (b + 1) * BLOCK);
    const header = (part.length << 3) | (b === blocks - 1 ? 1 : 0);
    frame.set([header & 0xff, (header >> 8) & 0xff, (header >> 16) & 0xff], at);
    frame.set(part, at + 3);
    at += 3 + part.length;
  }
  return frame;
}
