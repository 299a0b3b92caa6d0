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
  let missing = 0;
  let nonPositive = 0;
  if (!thinned) {
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
  const span = keys[hi - 1] - k0 || 1;
  const perKey = pixels / span;
  let bucket = -1;
  let first = -1;
  let last = -1;
  let min = -1;
  let max = -1;
  const flush = () => {
    if (first < 0) return;
    // The four in index order, each once.
    const a = Math.min(min, max);
    const b = Math.max(min, max);
    out.push(first);
    if (a !== first) out.push(a);
    if (b !== a && b !== first) out.push(b);
    if (last !== b && last !== first) out.push(last);
    first = -1;
  };
  for (let i = lo; i < hi; i++) {
    const v = values[i];
    if (v !== v || (positiveOnly && v <= 0)) {
      if (v !== v) missing++;
      else nonPositive++;
      flush();
      out.gap();
      continue;
    }
    const b = Math.min(pixels - 1, Math.floor((keys[i] - k0) * perKey));
    if (b !== bucket || first < 0) {
      flush();
      bucket = b;
      first = last = min = max = i;
      continue;
    }
    last = i;
    if (v < values[min]) min = i;
    else if (v > values[max]) max = i;
  }
  flush();
  return finish(out, missing, nonPositive, true);
}

function finish(out: IndexList, missing: number, nonPositive: number, thinned: boolean): Selection {
  let length = out.length;
  if (length && out.data[length - 1] === -1) length--;
  return { indices: out.data, length, missing, nonPositive, thinned };
}
