/** SVG path data through (xs[i], ys[i]); NaN in either breaks the line, so a gap stays a gap. */
export function linePath(xs: ArrayLike<number>, ys: ArrayLike<number>, n = xs.length): string {
  let d = '';
  let pen = false;
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    const y = ys[i];
    if (x !== x || y !== y) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${x},${y}`;
    pen = true;
  }
  return d;
}

/**
 * A closed band between a top line and a base line over the same xs, one closed shape per
 * unbroken run: the area of a (stacked) area chart.
 */
export function bandPath(
  xs: ArrayLike<number>,
  top: ArrayLike<number>,
  base: ArrayLike<number>,
): string {
  let d = '';
  let start = -1;
  const close = (end: number) => {
    if (start < 0) return;
    let s = '';
    for (let i = start; i < end; i++) s += `${i === start ? 'M' : 'L'}${xs[i]},${top[i]}`;
    for (let i = end - 1; i >= start; i--) s += `L${xs[i]},${base[i]}`;
    d += `${s}Z`;
    start = -1;
  };
  for (let i = 0; i < xs.length; i++) {
    const ok = xs[i] === xs[i] && top[i] === top[i] && base[i] === base[i];
    if (ok && start < 0) start = i;
    if (!ok) close(i);
  }
  close(xs.length);
  return d;
}

/**
 * Path data of the stretches with an estimate at either end (`est[i]` = 1), joined where they
 * meet: drawn dashed, so a line runs solid through reported values and dashed into estimates.
 */
export function estimatePath(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  est: ArrayLike<number>,
): string {
  let d = '';
  let pen = -1;
  for (let i = 1; i < xs.length; i++) {
    if (!est[i - 1] && !est[i]) continue;
    const [x0, y0, x1, y1] = [xs[i - 1], ys[i - 1], xs[i], ys[i]];
    if (x0 !== x0 || y0 !== y0 || x1 !== x1 || y1 !== y1) continue;
    if (pen !== i - 1) d += `M${x0},${y0}`;
    d += `L${x1},${y1}`;
    pen = i;
  }
  return d;
}

/** The ys with a break at each estimate, so the solid line holds reported stretches only. */
export function withoutEstimates(ys: Float64Array, est: ArrayLike<number>): Float64Array {
  const out = ys.slice();
  for (let i = 0; i < out.length; i++) if (est[i]) out[i] = NaN;
  return out;
}
