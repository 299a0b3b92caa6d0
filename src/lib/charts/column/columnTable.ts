import { columnTitle } from '../words/humanName';
import type { Shown } from '../skeleton/showSeries';
import type { ChartConfig } from '../config/chartConfig';
import type { ChartData } from '../prepare/prepareChartData';
import { slotLabel } from '../prepare/slotLabel';
import type { ChartBar, DataTable } from '../spec';

/**
 * A column (or bar) chart's data as a table: a row per period or category, a column per series
 * with the value as labelled on the chart (an estimate says so), and the qualifier when the
 * chart has one series and a qualifier column.
 */
export function columnTable(
  data: ChartData,
  config: ChartConfig,
  shown: Shown[],
  bars: ChartBar[],
  slots: number[],
  title: string,
): DataTable {
  const locale = config.locale ?? 'en';
  const withQualifier = config.qualifier !== undefined && shown.length === 1;
  const rows = slots.map((i) => {
    const period = slotLabel(data, i, locale);
    const own = bars.filter((b) => b.point.period === period);
    const cells = shown.map(({ s }) => {
      const p = own.find((b) => b.point.seriesId === s.id)?.point;
      if (!p) return 'no figure';
      return p.qualifier === 'estimate' && !withQualifier
        ? `${p.valueLabel} (estimate)`
        : p.valueLabel;
    });
    const q = own[0]?.point.qualifier;
    return [period, ...cells, ...(withQualifier ? [q ?? 'as printed'] : [])];
  });
  return {
    caption: title,
    columns: [
      columnTitle(data.x),
      ...shown.map(({ s }) => s.label),
      ...(withQualifier ? ['Qualifier'] : []),
    ],
    rows,
  };
}
