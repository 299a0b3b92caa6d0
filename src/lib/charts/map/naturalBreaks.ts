/**
 * Natural breaks (Jenks) as optimal one-dimensional k-means (Wang & Song's Ckmeans.1d.dp): the
 * sorted values cut into `k` runs with the least sum of squared deviations from each run's mean.
 * Divide and conquer over the monotone best cut keeps it O(k · n log n), so thousands of values
 * (every period of a map at once) cut in milliseconds. Returns the index where each run after
 * the first begins.
 */
export function naturalBreaks(sorted: ArrayLike<number>, k: number): number[] {
  const n = sorted.length;
  if (k < 2 || n < 2) return [];
  const groups = Math.min(k, n);
  // Prefix sums of the values shifted by the median, which keeps the squares well conditioned.
  const shift = sorted[n >> 1];
  const sum = new Float64Array(n + 1);
  const sq = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const v = sorted[i] - shift;
    sum[i + 1] = sum[i] + v;
    sq[i + 1] = sq[i] + v * v;
  }
  /** Sum of squared deviations of sorted[i..j], both ends included. */
  const cost = (i: number, j: number) => {
    const s = sum[j + 1] - sum[i];
    return Math.max(0, sq[j + 1] - sq[i] - (s * s) / (j - i + 1));
  };
  const cuts: Int32Array[] = [];
  let prev = Float64Array.from({ length: n }, (_, j) => cost(0, j));
  cuts.push(new Int32Array(n));
  for (let g = 1; g < groups; g++) {
    const row = new Float64Array(n).fill(Infinity);
    const cut = new Int32Array(n);
    const last = prev;
    // The best start of the last run never moves left as its end moves right.
    const fill = (lo: number, hi: number, from: number, to: number) => {
      if (lo > hi) return;
      const mid = (lo + hi) >> 1;
      let best = Infinity;
      let at = from;
      for (let i = Math.max(from, g); i <= Math.min(mid, to); i++) {
        const c = last[i - 1] + cost(i, mid);
        if (c < best) [best, at] = [c, i];
      }
      row[mid] = best;
      cut[mid] = at;
      fill(lo, mid - 1, from, at);
      fill(mid + 1, hi, at, to);
    };
    fill(g, n - 1, g, n - 1);
    cuts.push(cut);
    prev = row;
  }
  const starts: number[] = [];
  let end = n - 1;
  for (let g = groups - 1; g > 0; g--) {
    const at = cuts[g][end];
    starts.unshift(at);
    end = at - 1;
  }
  return starts;
}
