import { BLOCK, minMaxBlocks, type MinMaxBlocks } from './minMaxBlocks';
import { lowerBound } from './xSlots';

/** Indices of the points to draw, in x order; -1 marks a break (a gap) in the line. */
export interface Selection {
  indices: Int32Array;
  length: number;
  /** Values left out because they are missing. */
  missing: number;
  /** Values left out because a log scale cannot show them (zero or negative). */
  nonPositive: number;
  /** Whether the series was thinned (more points than pixels). */
  thinned: boolean;
}

class IndexList {
  data: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(16, capacity));
  }
  push(i: number) {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = i;
  }
  /** A break, unless the list is empty or already ends in one. */
  gap() {
    if (this.length && this.data[this.length - 1] !== -1) this.push(-1);
  }
}

/**
 * Which of the points in [lo, hi) to draw. With more points than `pixels` columns it keeps,
 * per pixel column, the first, lowest, highest and last point (M4): the drawn line is the
 * same pixels as the full one, from at most 4 points a column. Missing values break the line
 * (a gap is drawn as a gap); with `positiveOnly` (log scales) zero and negatives do too.
 */
export function downsampleM4(
  keys: Float64Array,
  values: Float64Array,
  lo: number,
  hi: number,
  pixels: number,
  positiveOnly = false,
): Selection {
  const n = Math.max(0, hi - lo);
  const thinned = n > pixels * 2;
  const out = new IndexList(thinned ? pixels * 4 + 16 : n + 16);
  if (!thinned) {
    let missing = 0;
    let nonPositive = 0;
    for (let i = lo; i < hi; i++) {
      const v = values[i];
      if (v !== v) missing++;
      else if (positiveOnly && v <= 0) nonPositive++;
      else {
        out.push(i);
        continue;
      }
      out.gap();
    }
    return finish(out, missing, nonPositive, false);
  }
  const k0 = keys[lo];
  const perKey = pixels / (keys[hi - 1] - k0 || 1);
  const bucketOf = (i: number) => Math.min(pixels - 1, Math.floor((keys[i] - k0) * perKey));
  const blocks = minMaxBlocks(values);
  const state = { missing: 0, nonPositive: 0 };
  let start = lo;
  while (start < hi) {
    // The bucket's end: the first index of a later bucket. Binary search on the key where the
    // next bucket starts, then nudged so it agrees with bucketOf to the last bit.
    const b = bucketOf(start);
    let a =
      b >= pixels - 1
        ? hi
        : Math.max(start + 1, lowerBound(keys, k0 + (b + 1) / perKey, start, hi));
    while (a > start + 1 && bucketOf(a - 1) > b) a--;
    while (a < hi && bucketOf(a) === b) a++;
    if (!bucketFast(values, start, a, blocks, positiveOnly, out))
      bucketSlow(values, start, a, positiveOnly, out, state);
    start = a;
  }
  return finish(out, state.missing, state.nonPositive, true);
}

/**
 * One pixel column from the block pyramid, when its whole blocks have no gap (nor, on a log
 * scale, values of zero or less): first, lowest, highest, last in index order. False otherwise.
 */
function bucketFast(
  values: Float64Array,
  s: number,
  e: number,
  blocks: MinMaxBlocks,
  positiveOnly: boolean,
  out: IndexList,
): boolean {
  const ok = positiveOnly ? blocks.positive : blocks.full;
  const b0 = Math.floor(s / BLOCK);
  const b1 = Math.floor((e - 1) / BLOCK);
  for (let b = b0; b <= b1; b++) if (!ok[b]) return false;
  let min = s;
  let max = s;
  const scan = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      if (values[i] < values[min]) min = i;
      else if (values[i] > values[max]) max = i;
    }
  };
  const firstWhole = Math.ceil(s / BLOCK);
  const lastWhole = Math.floor(e / BLOCK);
  if (firstWhole >= lastWhole) scan(s, e);
  else {
    scan(s, firstWhole * BLOCK);
    for (let b = firstWhole; b < lastWhole; b++) {
      if (blocks.min[b] < values[min]) min = blocks.minAt[b];
      if (blocks.max[b] > values[max]) max = blocks.maxAt[b];
    }
    scan(lastWhole * BLOCK, e);
  }
  push4(out, s, min, max, e - 1);
  return true;
}

/** One pixel column value by value, breaking the line at each missing (or non-positive) value. */
function bucketSlow(
  values: Float64Array,
  s: number,
  e: number,
  positiveOnly: boolean,
  out: IndexList,
  state: { missing: number; nonPositive: number },
): void {
  let first = -1;
  let last = -1;
  let min = -1;
  let max = -1;
  const flush = () => {
    if (first >= 0) push4(out, first, min, max, last);
    first = -1;
  };
  for (let i = s; i < e; i++) {
    const v = values[i];
    if (v !== v || (positiveOnly && v <= 0)) {
      if (v !== v) state.missing++;
      else state.nonPositive++;
      flush();
      out.gap();
      continue;
    }
    if (first < 0) {
      first = last = min = max = i;
      continue;
    }
    last = i;
    if (v < values[min]) min = i;
    else if (v > values[max]) max = i;
  }
  flush();
}

/** First, lowest, highest and last of a run, in index order, each once. */
function push4(out: IndexList, first: number, min: number, max: number, last: number): void {
  const a = Math.min(min, max);
  const b = Math.max(min, max);
  out.push(first);
  if (a !== first) out.push(a);
  if (b !== a && b !== first) out.push(b);
  if (last !== b && last !== first) out.push(last);
}

function finish(out: IndexList, missing: number, nonPositive: number, thinned: boolean): Selection {
  let length = out.length;
  if (length && out.data[length - 1] === -1) length--;
  return { indices: out.data, length, missing, nonPositive, thinned };
}
