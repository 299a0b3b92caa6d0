import { bandPath, linePath } from '../skeleton/linePath';
import type { SeriesChart } from '../skeleton/seriesChart';
import { seriesStyle } from '../skeleton/seriesStyle';
import { modeLabel, pointFactory } from '../prepare/pointFactory';
import type { ChartSeries } from '../spec';
import type { AreaFrame } from './areaFrame';

/** A layer per series between its stack's base and top; a share's point says its share. */
export function areaSeries(chart: SeriesChart, frame: AreaFrame): ChartSeries[] {
  const { data, config, locale } = chart;
  const { slots, stacks, y, share } = frame;
  const keys = data.slots.keys;
  const factory = pointFactory(data, 'values', locale, config.edits);
  const xs = slots.map((i) => frame.xOf(keys[i]));
  return frame.shown.map(({ s, n }, k) => {
    const top = stacks.map((st) => (st ? y(st[k][1]) : NaN));
    const base = stacks.map((st) => (st ? y(st[k][0]) : NaN));
    const points = slots.flatMap((i, j) => {
      if (Number.isNaN(top[j])) return [];
      const p = factory.make(s, i, s.values[i], xs[j], top[j]);
      if (share)
        p.detail = [
          `Share: ${modeLabel(stacks[j]![k][1] - stacks[j]![k][0], 'change', locale).replace('+', '')}`,
          p.detail,
        ]
          .filter(Boolean)
          .join('. ');
      return [p];
    });
    return {
      id: s.id,
      label: s.label,
      ...seriesStyle(n),
      path: linePath(xs, top),
      area: bandPath(xs, top, base),
      points,
      dots: false,
      gaps: [],
      derived: s.derived ? true : undefined,
    };
  });
}
