import type { SeriesChart } from '../build/seriesChart';
import { seriesStyle } from '../build/seriesStyle';
import { pointFactory } from '../data/pointFactory';
import type { ChartBar } from '../spec';
import type { ColumnFrame } from './columnFrame';

const round = (v: number) => Math.round(v * 10) / 10;

/** A column per slot and series: side by side in the slot's band, or stacked up and down. */
export function columnBars(chart: SeriesChart, frame: ColumnFrame): ChartBar[] {
  const { data, config, locale } = chart;
  const { slots, shown, values, stacks, stacked, x, y, inner } = frame;
  const factory = pointFactory(data, frame.mode, locale, config.edits?.decimals);
  const bars: ChartBar[] = [];
  const showValue = shown.length === 1 && slots.length <= 12;
  slots.forEach((i, j) => {
    shown.forEach((sh, k) => {
      const v = values[k][j];
      const layer = stacked ? stacks[j]?.[k] : [0, v];
      if (!layer || Number.isNaN(v)) return;
      const left = round((x(i) ?? 0) + (stacked ? 0 : (inner(k) ?? 0)));
      const width = round(stacked ? x.bandwidth() : inner.bandwidth());
      const top = y(Math.max(layer[0], layer[1]));
      const base = y(Math.min(layer[0], layer[1]));
      const point = factory.make(sh.s, i, v, round(left + width / 2), v < 0 ? base : top);
      bars.push({
        id: point.id,
        x: left,
        y: top,
        width,
        height: round(base - top),
        color: seriesStyle(sh.n).color,
        point,
        showValue,
      });
    });
  });
  return bars;
}
