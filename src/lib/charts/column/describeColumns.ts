import type { ChartBar } from '../spec';

/** `Column chart. 2012: ≈ $88.0 bn (derived); 2022: > $190 bn (lower bound).` */
export function describeColumns(bars: ChartBar[], series: number): string {
  const say = (b: ChartBar) =>
    `${series > 1 ? `${b.point.seriesLabel} ` : ''}${b.point.valueLabel}${b.point.qualifier ? ` (${b.point.qualifier.replace('-', ' ')})` : ''}`;
  const byPeriod = new Map<string, string[]>();
  for (const b of bars.slice(0, 60))
    byPeriod.set(b.point.period, [...(byPeriod.get(b.point.period) ?? []), say(b)]);
  return `Column chart. ${[...byPeriod].map(([p, v]) => `${p}: ${v.join(', ')}`).join('; ')}.`;
}
