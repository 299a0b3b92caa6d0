/** Slots in [lo, hi) with no value between the first and last that have one. */
export function gapSlots(values: Float64Array, lo: number, hi: number): number[] {
  const gaps: number[] = [];
  let pending: number[] = [];
  let started = false;
  for (let i = lo; i < hi; i++) {
    if (Number.isNaN(values[i])) {
      if (started) pending.push(i);
    } else {
      started = true;
      gaps.push(...pending);
      pending = [];
    }
  }
  return gaps;
}
