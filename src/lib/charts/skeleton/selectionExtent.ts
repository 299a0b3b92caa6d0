import type { Selection } from '../prepare/downsampleM4';
import { charted } from '../prepare/rebase';
import type { Shown } from './showSeries';

/** Lowest and highest charted value among the points selected to draw ([∞, −∞] when none). */
export function selectionExtent(shown: Shown[], picks: Selection[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  shown.forEach(({ s, rb }, k) => {
    const sel = picks[k];
    for (let j = 0; j < sel.length; j++) {
      const i = sel.indices[j];
      if (i < 0) continue;
      const v = charted(rb, s.values[i]);
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  });
  return [lo, hi];
}
