/** Lowest and highest value per block of BLOCK values: a one-level pyramid for fast thinning. */
export interface MinMaxBlocks {
  min: Float64Array;
  max: Float64Array;
  minAt: Int32Array;
  maxAt: Int32Array;
  /** 1 where the block has no missing value. */
  full: Uint8Array;
  /** 1 where every value of the block is above zero (usable on a log scale). */
  positive: Uint8Array;
}

export const BLOCK = 64;
const memo = new WeakMap<Float64Array, MinMaxBlocks>();

/**
 * Min/max (and where) per block of 64 values, computed once per values array and kept: thinning a
 * million points then reads 16 thousand blocks instead of a million values, whatever the zoom.
 */
export function minMaxBlocks(values: Float64Array): MinMaxBlocks {
  const hit = memo.get(values);
  if (hit) return hit;
  const n = Math.ceil(values.length / BLOCK);
  const out: MinMaxBlocks = {
    min: new Float64Array(n),
    max: new Float64Array(n),
    minAt: new Int32Array(n),
    maxAt: new Int32Array(n),
    full: new Uint8Array(n),
    positive: new Uint8Array(n),
  };
  for (let b = 0; b < n; b++) {
    const s = b * BLOCK;
    const e = Math.min(values.length, s + BLOCK);
    let lo = Infinity;
    let hi = -Infinity;
    let loAt = -1;
    let hiAt = -1;
    let full = 1;
    for (let i = s; i < e; i++) {
      const v = values[i];
      if (v !== v) {
        full = 0;
        continue;
      }
      if (v < lo) [lo, loAt] = [v, i];
      if (v > hi) [hi, hiAt] = [v, i];
    }
    out.min[b] = lo;
    out.max[b] = hi;
    out.minAt[b] = loAt;
    out.maxAt[b] = hiAt;
    out.full[b] = full;
    out.positive[b] = full && lo > 0 ? 1 : 0;
  }
  memo.set(values, out);
  return out;
}
