import type { Shown } from '../skeleton/showSeries';

/**
 * The slots to draw as bars: ranked by their total across the shown series (largest first)
 * when `ranked`, else in the data's order; at most `top` of them, the largest in size when cut.
 * `missing`: the slots with no figure at all, drawn as no bar.
 */
export function rankSlots(
  shown: Shown[],
  count: number,
  ranked: boolean,
  top: number,
): { slots: number[]; left: number; missing: number[] } {
  const total = (i: number) =>
    shown.reduce((a, { s }) => (Number.isNaN(s.values[i]) ? a : a + s.values[i]), 0);
  const has = (i: number) => shown.some(({ s }) => !Number.isNaN(s.values[i]));
  const all = Array.from({ length: count }, (_, i) => i);
  const missing = all.filter((i) => !has(i));
  let slots = all.filter(has);
  const left = Math.max(0, slots.length - top);
  if (!ranked) return { slots: slots.slice(0, top), left, missing };
  const totals = new Map(slots.map((i) => [i, total(i)]));
  const of = (i: number) => totals.get(i) ?? 0;
  // The largest in size are kept, deficits as much as surpluses (−€180 bn is not small), then
  // drawn largest first, the most negative last.
  if (left) slots = [...slots].sort((a, b) => Math.abs(of(b)) - Math.abs(of(a))).slice(0, top);
  slots.sort((a, b) => of(b) - of(a));
  return { slots, left, missing };
}
