import { placeAnnotations } from '../skeleton/placeAnnotations';
import type { SeriesChart } from '../skeleton/seriesChart';
import { periodX } from '../skeleton/timeView';
import { slotLabel, slotOf } from '../prepare/slotLabel';
import type { Annotation, ChartBar } from '../spec';
import { isLowerBound } from '../words/qualifiedLabel';
import type { ColumnFrame } from './columnFrame';

const round = (v: number) => Math.round(v * 10) / 10;

/** An arrow over each lower bound, then the config's annotations placed on the columns. */
export function columnAnnotations(
  chart: SeriesChart,
  frame: ColumnFrame,
  bars: ChartBar[],
): Annotation[] {
  const { data, config, locale } = chart;
  const { x, shown } = frame;
  const annotations: Annotation[] = bars
    .filter((b) => isLowerBound(b.point.qualifier))
    .map((b) => ({ kind: 'bound', x: b.point.x, y: b.y, label: 'lower bound' }));
  annotations.push(
    ...placeAnnotations(config.annotations ?? [], {
      plot: frame.plot,
      y: frame.y,
      x: periodX(data, frame.win, (i) => round((x(i) ?? 0) + x.bandwidth() / 2)),
      mark: (period, id) => {
        const i = slotOf(data, period);
        const label = slotLabel(data, i, locale);
        const b = bars.find(
          (bar) => bar.point.period === label && (!id || bar.point.seriesId === id),
        );
        const sh = shown.find((s) => s.s.id === b?.point.seriesId);
        return b && sh
          ? { left: b.x, right: b.x + b.width, y: b.y, raw: sh.s.values[i] }
          : undefined;
      },
    }),
  );
  return annotations;
}
