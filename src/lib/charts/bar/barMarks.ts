import { seriesStyle } from '../build/seriesStyle';
import type { ChartBar } from '../spec';
import type { BarFrame } from './barFrame';

const round = (v: number) => Math.round(v * 10) / 10;

/** A bar per category and series: side by side in the category's band, or stacked across. */
export function barMarks(frame: BarFrame): ChartBar[] {
  const { slots, shown, values, stacks, stacked, band, inner, x, factory } = frame;
  const bars: ChartBar[] = [];
  slots.forEach((i, j) => {
    shown.forEach((sh, k) => {
      const v = values[j][k];
      const layer = stacked ? stacks[j]?.[k] : [0, v];
      if (!layer || Number.isNaN(v)) return;
      const y0 = round((band(i) ?? 0) + (stacked ? 0 : (inner(k) ?? 0)));
      const h = round(stacked ? band.bandwidth() : inner.bandwidth());
      const a = x(Math.min(layer[0], layer[1]));
      const b = x(Math.max(layer[0], layer[1]));
      const point = factory.make(sh.s, i, v, v < 0 ? a : b, round(y0 + h / 2));
      bars.push({
        id: point.id,
        x: a,
        y: y0,
        width: round(b - a),
        height: h,
        color: seriesStyle(sh.n).color,
        point,
        showValue: shown.length === 1,
      });
    });
  });
  return bars;
}
