import type { ChartRegion } from '../spec';

/** `Map of 152 values, 148 countries drawn, 2023. Highest: China $3.4 tn, …; lowest: …` */
export function describeMap(
  regions: ChartRegion[],
  values: number,
  amount: (v: number) => string,
  period: string,
): string {
  const sorted = regions.map((r) => r.point).sort((a, b) => b.value - a.value);
  const say = (list: typeof sorted) =>
    list.map((p) => `${p.seriesLabel} ${amount(p.value)}`).join(', ');
  const when = period ? `, ${period}` : '';
  return `Map of ${values} values, ${sorted.length} countries drawn${when}. Highest: ${say(sorted.slice(0, 5))}; lowest: ${say(sorted.slice(-3).reverse())}.`;
}
