import type { ChartView } from '../spec';
import { keyAt, panRange, zoomRange } from './zoomRange';

/** What a key does on a focused chart. */
export type ChartKeyAction =
  | { kind: 'leave' }
  | { kind: 'open' }
  | { kind: 'move'; key: string }
  | { kind: 'zoom'; range: [number, number] | null };

const MOVES = new Set(['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

/**
 * The keyboard of a chart: Escape puts the point away, Enter or Space opens the point's source
 * (or shows the first point, when none is shown), arrows and
 * Home/End move, + and − zoom around the point (0 shows everything), Shift+arrows pan. Null
 * for keys the chart leaves to the page.
 */
export function chartKey(
  key: string,
  shift: boolean,
  view: ChartView,
  zoomable: boolean,
  activeX?: number,
): ChartKeyAction | null {
  if (key === 'Escape') return { kind: 'leave' };
  // With no point shown (none yet, or put away by a zoom), Enter shows the first: a key that
  // does nothing leaves a keyboard reader guessing.
  if (key === 'Enter' || key === ' ')
    return activeX === undefined ? { kind: 'move', key: 'Home' } : { kind: 'open' };
  if (zoomable && key === '0') return { kind: 'zoom', range: null };
  if (zoomable && ['+', '=', '-'].includes(key)) {
    const at = activeX === undefined ? undefined : (keyAt(view, activeX) ?? undefined);
    return { kind: 'zoom', range: zoomRange(view, key === '-' ? 2 : 0.5, at) };
  }
  if (zoomable && shift && (key === 'ArrowLeft' || key === 'ArrowRight'))
    return { kind: 'zoom', range: panRange(view, key === 'ArrowLeft' ? -0.25 : 0.25) };
  return MOVES.has(key) ? { kind: 'move', key } : null;
}
