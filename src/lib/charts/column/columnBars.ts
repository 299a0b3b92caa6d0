import { bandLayers } from '../skeleton/bandLayers';
import type { SeriesChart } from '../skeleton/seriesChart';
import { seriesStyle } from '../skeleton/seriesStyle';
import { pointFactory } from '../prepare/pointFactory';
import type { ChartBar } from '../spec';
import type { ColumnFrame } from './columnFrame';

const round = (v: number) => Math.round(v * 10) / 10;

/** A column per slot and series: side by side in the slot's band, or stacked up and down. */
export function columnBars(chart: SeriesChart, frame: ColumnFrame): ChartBar[] {
  const { data, config, locale } = chart;
  const { slots, shown, values, y } = frame;
  const factory = pointFactory(data, frame.mode, locale, config.edits);
  const showValue = shown.length === 1 && slots.length <= 12;
  const layers = bandLayers({ ...frame, band: frame.x }, (j, k) => values[k][j]);
  return layers.map(({ i, sh, v, lo, hi, start, size }) => {
    const top = y(hi);
    const base = y(lo);
    const point = factory.make(
      sh.s,
      i,
      v,
      round(start + size / 2),
      v < 0 ? base : top,
      undefined,
      sh.rb.at,
    );
    return {
      id: point.id,
      x: start,
      y: top,
      width: size,
      height: round(base - top),
      color: seriesStyle(sh.n).color,
      point,
      showValue,
    };
  });
}
