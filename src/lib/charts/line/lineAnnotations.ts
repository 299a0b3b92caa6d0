import { textWidth } from '../layout/textWidth';
import { placeAnnotations } from '../skeleton/placeAnnotations';
import type { SeriesChart } from '../skeleton/seriesChart';
import { periodX } from '../skeleton/timeView';
import { slotLabel, slotOf } from '../prepare/slotLabel';
import { runLabel, slotRuns } from '../prepare/slotRuns';
import type { Annotation } from '../spec';
import type { LineFrame } from './lineFrame';
import type { LineMarks } from './lineMarks';

/** Size (px) of a gap's label, and the room kept between two labels. */
const GAP_LABEL_SIZE = 10;
const GAP_LABEL_ROOM = 8;
/** Periods a note names at most before it says "and other periods". */
const NOTE_PERIODS = 8;

/** Lines a note names at most before it says how many more. */
const NOTE_LINES = 4;

/**
 * The note on the other lines' gaps (the first line's are marked on the chart): `Vietnam has no
 * figure for 1979–1988`, so a break in a line is said as well as drawn.
 */
function otherGaps(
  { data, locale }: SeriesChart,
  series: LineMarks['series'],
  gapsOf: LineMarks['gapsOf'],
  first: LineMarks['series'][number] | undefined,
): string | undefined {
  const named = series
    .filter((s) => !s.overlay && s !== first)
    .flatMap((s) => {
      const runs = slotRuns(gapsOf.get(s.id) ?? []).map((r) => runLabel(data, r, locale));
      if (!runs.length) return [];
      const more = runs.length > 3 ? ' and other periods' : '';
      return [`${s.label}, ${runs.slice(0, 3).join(', ')}${more}`];
    });
  if (!named.length) return undefined;
  const rest = named.length > NOTE_LINES ? `; and ${named.length - NOTE_LINES} more lines` : '';
  return `Lines break where they have no figure: ${named.slice(0, NOTE_LINES).join('; ')}${rest}.`;
}

/**
 * The first line's gaps, each run of missing periods marked once (a band where it spans
 * several) and labelled, or, where the labels would run into each other or out of the plot,
 * named in a note instead; then the config's annotations placed on the lines.
 */
export function lineAnnotations(
  chart: SeriesChart,
  frame: LineFrame,
  { series, gapsOf }: LineMarks,
): Annotation[] {
  const { data, config, locale, notes } = chart;
  const { plot, xOf, shown } = frame;
  const keys = data.slots.keys;
  const first = series.find((s) => !s.overlay);
  // Beside other lines, a gap's label says whose it is.
  const several = series.filter((s) => !s.overlay).length > 1;
  const gapTemplate = (
    config.text?.gapLabel ?? (several ? '{period}: no figure for {series}' : '{period}: no figure')
  ).replace('{series}', () => first?.label ?? '');
  const gaps = slotRuns((first && gapsOf.get(first.id)) ?? []).map(([a, b]) => {
    const period = runLabel(data, [a, b], locale);
    const x = xOf(keys[a]);
    const gap: Annotation = {
      kind: 'gap',
      x,
      y1: plot.top,
      y2: plot.top + plot.height,
      label: gapTemplate.replace('{period}', () => period),
    };
    if (b > a) gap.x2 = xOf(keys[b]);
    return { gap, period };
  });
  let end = -Infinity;
  const fits = gaps.every(({ gap }) => {
    const from = gap.x + 4;
    const ok = from >= end + GAP_LABEL_ROOM;
    end = from + textWidth(gap.label, GAP_LABEL_SIZE);
    return ok && end <= plot.left + plot.width;
  });
  if (!fits && first) {
    for (const { gap } of gaps) gap.label = '';
    const periods = gaps.map((g) => g.period);
    const named =
      periods.length > NOTE_PERIODS
        ? `${periods.slice(0, NOTE_PERIODS).join(', ')} and other periods`
        : periods.join(', ');
    notes.add(`Vertical dotted lines mark where ${first.label} has no figure: ${named}.`);
  }
  const others = otherGaps(chart, series, gapsOf, first);
  if (others) notes.add(others);
  const annotations: Annotation[] = gaps.map((g) => g.gap);
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
