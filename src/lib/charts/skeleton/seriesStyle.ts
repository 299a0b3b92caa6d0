import type { Dash } from '../spec';

const DASHES: Dash[] = ['solid', 'dashed', 'dotted'];

/** Colour slot and dash of the n-th series: fixed by its place among all series, so hiding one
 * does not repaint the others; dashes cycle so lines stay apart in print and for colour-blind readers. */
export function seriesStyle(n: number): { color: number; dash: Dash } {
  return { color: n, dash: DASHES[n % DASHES.length] };
}
