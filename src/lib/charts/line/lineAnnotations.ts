import { placeAnnotations } from '../skeleton/placeAnnotations';
import type { SeriesChart } from '../skeleton/seriesChart';
import { periodX } from '../skeleton/timeView';
import { slotLabel, slotOf } from '../prepare/slotLabel';
import type { Annotation } from '../spec';
import type { LineFrame } from './lineFrame';
import type { LineMarks } from './lineMarks';

/** The first line's gaps, each labelled, then the config's annotations placed on the lines. */
export function lineAnnotations(
  chart: SeriesChart,
  frame: LineFrame,
  { series, gapsOf }: LineMarks,
): Annotation[] {
  const { data, config, locale } = chart;
  const { plot, xOf, shown } = frame;
  const keys = data.slots.keys;
  const gapTemplate = config.text?.gapLabel ?? '{period}: no figure';
  const annotations: Annotation[] = [];
  const first = series.find((s) => !s.overlay);
  for (const i of (first && gapsOf.get(first.id)) ?? []) {
    const label = gapTemplate.replace('{period}', slotLabel(data, i, locale));
    annotations.push({
      kind: 'gap',
      x: xOf(keys[i]),
      y1: plot.top,
      y2: plot.top + plot.height,
      label,
    });
  }
  const byId = new Map(series.map((s) => [s.id, s]));
  annotations.push(
    ...placeAnnotations(config.annotations ?? [], {
      plot,
      y: frame.y,
      x: periodX(data, frame.win, (i) => xOf(keys[i])),
      mark: (period, id) => {
        const s = id ? byId.get(id) : series.find((x) => !x.overlay);
        const i = slotOf(data, period);
        const own = shown.find((x) => x.s.id === s?.id);
        const p = s?.points.find((q) => q.period === slotLabel(data, i, locale));
        if (!p || !own) return undefined;
        return { left: p.x, right: p.x, y: p.y, raw: own.s.values[i] };
      },
    }),
  );
  return annotations;
}
