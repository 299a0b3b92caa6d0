import { bandLayers } from '../skeleton/bandLayers';
import { seriesStyle } from '../skeleton/seriesStyle';
import type { ChartBar } from '../spec';
import type { BarFrame } from './barFrame';

const round = (v: number) => Math.round(v * 10) / 10;

/** A bar per category and series: side by side in the category's band, or stacked across. */
export function barMarks(frame: BarFrame): ChartBar[] {
  const { shown, values, x, factory } = frame;
  return bandLayers(frame, (j, k) => values[j][k]).map(({ i, sh, v, lo, hi, start, size }) => {
    const a = x(lo);
    const b = x(hi);
    const point = factory.make(
      sh.s,
      i,
      v,
      v < 0 ? a : b,
      round(start + size / 2),
      undefined,
      sh.rb.at,
    );
    return {
      id: point.id,
      x: a,
      y: start,
      width: round(b - a),
      height: size,
      color: seriesStyle(sh.n).color,
      point,
      showValue: shown.length === 1,
    };
  });
}
