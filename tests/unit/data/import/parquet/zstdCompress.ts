import { storedFrame, systemZstd } from '../../../../../bench/zstdFrame.mjs';

let system: boolean | null = process.env.TRADELENS_STORED_ZSTD ? false : null;

/**
 * zstd of one Parquet page, for hyparquet-writer's `compressors`: compressed by the system's
 * `zstd` command where there is one, else a frame of stored blocks, so the tests read a real
 * zstd stream on any machine.
 */
export function zstdCompress(input: Uint8Array): Uint8Array {
  if (system !== false) {
    const packed = systemZstd(input);
    system = packed !== null;
    if (packed) return packed;
  }
  return storedFrame(input);
}

/** Whether zstdCompress really compresses here (the system has `zstd`). */
export const compressesZstd = () => (zstdCompress(new Uint8Array(64)), system === true);
