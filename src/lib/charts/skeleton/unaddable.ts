import type { ChartData } from '../prepare/prepareChartData';
import { slotLabel } from '../prepare/slotLabel';
import { measureName } from './chartText';

/** Rounding in shares that add up to a whole (33.3 + 33.3 + 33.4) stays within this, in points. */
const ROUNDING = 0.5;

/**
 * Why percentages cannot be drawn as a chart asks, if they cannot: rows added up into one point
 * (exports as % of GDP summed over 236 economies), or layers stacked past a whole (World on top
 * of Luxembourg). Shares of one total, stacked, stay within 100 % and are drawn.
 */
export function unaddable(data: ChartData, stacks: boolean, locale = 'en'): string | undefined {
  if (!data.unit.percent || !data.series.length) return undefined;
  const what = measureName(data.table, data.ys, data.indicator);
  let most = 0;
  for (const s of data.series) for (const c of s.counts) if (c > most) most = c;
  if (most > 1)
    return `These are percentages (${what}), and up to ${most} rows fall on one point: added up, percentages give no true figure. Split the chart by a column (Series), or filter to one value of each.`;
  if (!stacks) return undefined;
  const slots = data.series[0].values.length;
  let top = 0;
  let at = -1;
  for (let i = 0; i < slots; i++) {
    let sum = 0;
    for (const s of data.series) if (s.values[i] > 0) sum += s.values[i];
    if (sum > top) [top, at] = [sum, i];
  }
  if (top <= 100 + ROUNDING) return undefined;
  const where = at >= 0 ? ` in ${slotLabel(data, at, locale)}` : '';
  return `These are percentages (${what}) that add up to ${Math.round(top)} %${where}, more than a whole: stacked, they would read as parts of one total. Draw them as lines instead.`;
}
