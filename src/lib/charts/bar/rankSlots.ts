import type { Shown } from '../skeleton/showSeries';

/**
 * The slots to draw as bars: ranked by their total across the shown series (largest first)
 * when `ranked`, else in the data's order; at most `top` of them.
 */
export function rankSlots(
  shown: Shown[],
  count: number,
  ranked: boolean,
  top: number,
): { slots: number[]; left: number } {
  const total = (i: number) =>
    shown.reduce((a, { s }) => (Number.isNaN(s.values[i]) ? a : a + s.values[i]), 0);
  const has = (i: number) => shown.some(({ s }) => !Number.isNaN(s.values[i]));
  let slots = Array.from({ length: count }, (_, i) => i).filter(has);
  if (ranked) {
    const totals = new Map(slots.map((i) => [i, total(i)]));
    slots.sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0));
  }
  const left = Math.max(0, slots.length - top);
  slots = slots.slice(0, top);
  return { slots, left };
}
