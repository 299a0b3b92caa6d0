import { spawnSync } from 'node:child_process';

/** A zstd frame of raw (stored) blocks: valid zstd that any decoder reads, not compressed. */
function storedFrame(input: Uint8Array): Uint8Array {
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

let system: boolean | null = process.env.TRADELENS_STORED_ZSTD ? false : null;

/**
 * zstd of one Parquet page, for hyparquet-writer's `compressors`: compressed by the system's
 * `zstd` command where there is one (Node 20 has no zstd), else a frame of stored blocks, so
 * the tests read a real zstd stream on any machine.
 */
export function zstdCompress(input: Uint8Array): Uint8Array {
  if (system !== false) {
    const r = spawnSync('zstd', ['-q', '-c', '-3'], { input, maxBuffer: 1 << 30 });
    system = r.status === 0;
    if (system) return new Uint8Array(r.stdout);
  }
  return storedFrame(input);
}

/** Whether zstdCompress really compresses here (the system has `zstd`). */
export const compressesZstd = () => (zstdCompress(new Uint8Array(64)), system === true);
