import { thinnedNote } from '../skeleton/chartNotes';
import { overlaySeries } from '../skeleton/overlaySeries';
import type { SeriesChart } from '../skeleton/seriesChart';
import { gapSlots } from '../prepare/gapSlots';
import { missingYearsNote, plainYears } from '../prepare/missingYears';
import { pointFactory } from '../prepare/pointFactory';
import { slotLabel } from '../prepare/slotLabel';
import type { ChartSeries } from '../spec';
import type { LineFrame } from './lineFrame';
import { lineSeries } from './lineSeries';

/** Past this many points in view (before thinning), marks go to a canvas. */
export const CANVAS_POINTS = 3000;

export interface LineMarks {
  series: ChartSeries[];
  /** Per series id, the slots in view with no value. */
  gapsOf: Map<string, number[]>;
  canvas: boolean;
  /** Mid-gesture on a canvas: lines only, no points and no table. */
  draft: boolean;
}

/**
 * The lines of a frame, gaps left as gaps, the overlay as marked points; how many values a log
 * scale left out and how far the lines were thinned is said.
 */
export function lineMarks(chart: SeriesChart, frame: LineFrame): LineMarks {
  const { data, config, locale, notes } = chart;
  const { shown, win, picks, plot, y, xOf, mode } = frame;
  const keys = data.slots.keys;
  const factory = pointFactory(data, mode, locale, config.edits);
  const canvas = (win.hi - win.lo) * shown.length > CANVAS_POINTS;
  // A draft (mid-zoom) of a dense chart draws its lines only.
  const draft = canvas && config.draft === true;
  let [nonPositive, drawn, total, thinned] = [0, 0, 0, false];
  const gapsOf = new Map<string, number[]>();
  const years = plainYears(data.slots.labels, keys);
  const series: ChartSeries[] = shown.map((sh, k) => {
    const sel = picks[k];
    nonPositive += sel.nonPositive;
    total += win.hi - win.lo - sel.missing - sel.nonPositive;
    thinned ||= sel.thinned;
    const ctx = { keys, xOf, y, factory, canvas, draft, plotWidth: plot.width, years };
    const line = lineSeries(sh, sel, ctx);
    drawn += line.drawn;
    const gaps =
      sel.thinned || !line.series.points.length ? [] : gapSlots(sh.s.values, win.lo, win.hi);
    gapsOf.set(sh.s.id, gaps);
    return { ...line.series, gaps: gaps.map((i) => slotLabel(data, i, locale)) };
  });
  const count = data.series.length;
  const overlay = overlaySeries(config, frame.ov, mode, data.unit, count, (key, v) => [
    xOf(key),
    y(v),
  ]);
  if (overlay) series.push(overlay);
  if (nonPositive)
    notes.add(
      `${nonPositive} values of zero or less cannot be shown on a log scale and are left out.`,
    );
  if (thinned) notes.add(thinnedNote(total, drawn, locale));
  const missing = thinned
    ? undefined
    : missingYearsNote(data, win.lo, win.hi, 'the lines break there');
  if (missing) notes.add(missing);
  // A chart zoomed (and so saved or exported) says it is a window of the data.
  const last = keys.length - 1;
  if (win.lo > 0 || win.hi <= last) {
    const at = (slot: number) => slotLabel(data, slot, locale);
    notes.add(`Zoomed to ${at(win.lo)}–${at(win.hi - 1)} of the data’s ${at(0)}–${at(last)}.`);
  }
  return { series, gapsOf, canvas, draft };
}
