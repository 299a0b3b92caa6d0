import type { ChartBar } from '../spec';
import { qualifierWords } from '../words/qualifiedLabel';

/** `Column chart. 2012: > $87.7 bn (derived, lower bound); 2022: > $190 bn (lower bound).` */
export function describeColumns(bars: ChartBar[], series: number): string {
  const say = (b: ChartBar) =>
    `${series > 1 ? `${b.point.seriesLabel} ` : ''}${b.point.valueLabel}${b.point.qualifier ? ` (${qualifierWords(b.point.qualifier)})` : ''}`;
  const byPeriod = new Map<string, string[]>();
  for (const b of bars.slice(0, 60))
    byPeriod.set(b.point.period, [...(byPeriod.get(b.point.period) ?? []), say(b)]);
  return `Column chart. ${[...byPeriod].map(([p, v]) => `${p}: ${v.join(', ')}`).join('; ')}.`;
}
