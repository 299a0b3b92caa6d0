import type { ChartData } from '../prepare/prepareChartData';
import type { LegendItem } from '../spec';
import { seriesStyle } from './seriesStyle';

/**
 * The key: every series of the data, shown or hidden (so a hidden one can be shown again),
 * with the chart's symbol for it. A single unsplit series needs no key.
 */
export function buildLegend(
  data: ChartData,
  hidden: ReadonlySet<string>,
  symbol: LegendItem['symbol'],
  always = false,
): LegendItem[] {
  if (data.series.length < 2 && !always) return [];
  return data.series.map((s, n) => ({
    id: s.id,
    label: s.label,
    ...seriesStyle(n),
    dash: symbol === 'line' ? seriesStyle(n).dash : 'solid',
    symbol,
    toggles: true,
    hidden: hidden.has(s.id),
  }));
}
