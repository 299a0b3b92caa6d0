import type { XWindow } from '../skeleton/xWindow';
import type { ChartData } from '../prepare/prepareChartData';
import { slotLabel } from '../prepare/slotLabel';
import type { ChartSeries } from '../spec';

/** `Line chart, 2012 to 2023. GACC, as reported: $88.1 bn in 2012 to $240.1 bn in 2023; no figure for 2015.` */
export function describeLines(
  series: ChartSeries[],
  data: ChartData,
  win: XWindow,
  locale: string,
): string {
  const from = win.hi > win.lo ? slotLabel(data, win.lo, locale) : '';
  const to = win.hi > win.lo ? slotLabel(data, win.hi - 1, locale) : '';
  const lines = series
    .filter((s) => !s.overlay && s.points.length)
    .map((s) => {
      const a = s.points[0];
      const b = s.points[s.points.length - 1];
      const gaps = s.gaps.length
        ? `; no figure for ${s.gaps.slice(0, 10).join(', ')}${s.gaps.length > 10 ? ` and ${s.gaps.length - 10} more` : ''}`
        : '';
      return `${s.label}: ${a.valueLabel} in ${a.period} to ${b.valueLabel} in ${b.period}${gaps}.`;
    });
  return `Line chart, ${from} to ${to}. ${lines.join(' ')}`.trim();
}
