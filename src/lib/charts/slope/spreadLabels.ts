/**
 * Moves label positions apart so none is closer than `gap` to the next, keeping their order
 * and staying inside [top, bottom]: end labels of a slope chart that would overlap.
 */
export function spreadLabels(ys: number[], gap: number, top: number, bottom: number): number[] {
  const order = ys.map((y, i) => [y, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(ys.length);
  let last = -Infinity;
  for (const [y, i] of order) {
    out[i] = Math.max(y, last + gap, top);
    last = out[i];
  }
  // Push back up from the bottom if the column ran past it.
  let next = Infinity;
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k][1];
    out[i] = Math.min(out[i], next - gap, bottom);
    next = out[i];
  }
  return out.map((y) => Math.round(y * 10) / 10);
}
