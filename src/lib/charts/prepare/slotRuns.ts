import type { ChartData } from './prepareChartData';
import { slotLabel } from './slotLabel';

/** Runs of consecutive entries of `slots` (sorted indices): [first, last] each. */
export function slotRuns(slots: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const i of slots) {
    const last = runs.at(-1);
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  }
  return runs;
}

/** A run of slots as a reader writes it: `1994`, or `1991–1994`. */
export function runLabel(data: ChartData, [a, b]: [number, number], locale: string): string {
  return a === b
    ? slotLabel(data, a, locale)
    : `${slotLabel(data, a, locale)}–${slotLabel(data, b, locale)}`;
}
