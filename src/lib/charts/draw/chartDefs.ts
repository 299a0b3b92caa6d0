import { isDerived } from '../words/qualifiedLabel';
import type { ChartSpec } from '../spec';
import { SERIES_COLORS, type ShapeDefs } from './shape';

/** The patterns and markers a chart needs: a hatch per colour of derived bars, the change arrow, the no-data pattern. */
export function chartDefs(spec: ChartSpec): ShapeDefs {
  const hatches = new Set<number>();
  for (const b of spec.bars)
    if (isDerived(b.point.qualifier) && b.color >= 0) hatches.add(b.color % SERIES_COLORS);
  return {
    hatches: [...hatches],
    arrow: spec.annotations.some((a) => a.kind === 'change'),
    nodata: [...(spec.regions ?? []), ...(spec.guides ?? [])].some((r) => r.fill === 'nodata'),
  };
}
