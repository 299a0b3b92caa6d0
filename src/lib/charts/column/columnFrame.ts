import { scaleBand, type ScaleBand } from 'd3-scale';
import { leftValueAxis, type LeftAxisFrame } from '../skeleton/leftValueAxis';
import type { SeriesChart } from '../skeleton/seriesChart';
import { showSeries, type ShownSeries } from '../skeleton/showSeries';
import { stackExtent } from '../skeleton/stackExtent';
import { stackValues, type Stack } from '../skeleton/stackValues';
import { stackGapsNote } from '../skeleton/stackGapsNote';
import { xWindow } from '../skeleton/xWindow';
import { charted } from '../prepare/rebase';
import type { ChartSize } from '../spec';

const MARGIN = { top: 28, right: 16, bottom: 32, left: 52 };

/** A column chart's scales: the slots shown, their values (and stacks), a band per slot, y. */
export interface ColumnFrame extends ShownSeries, LeftAxisFrame {
  stacked: boolean;
  slots: number[];
  /** Per shown series, per slot, the value as charted. */
  values: number[][];
  /** Per slot, its stack (stacked only); null where a layer has no figure. */
  stacks: (Stack | null)[];
  x: ScaleBand<number>;
  /** The series side by side inside a slot's band. */
  inner: ScaleBand<number>;
}

/** The frame of a column chart: the window of slots, a linear axis from zero, the bands. */
export function columnFrame(chart: SeriesChart, size: ChartSize): ColumnFrame {
  const { data, config, notes } = chart;
  const stacked = config.variant === 'stacked';
  const win = data.slots.ordered
    ? xWindow(data.slots.keys, [], config.range)
    : xWindow(data.slots.keys, []);
  const shownSeries = showSeries(data, config, win, notes, !stacked);
  const { shown, mode } = shownSeries;
  if (config.scale === 'log')
    notes.add('Columns start at zero, so they are drawn on a linear scale.');
  const slots = Array.from({ length: win.hi - win.lo }, (_, i) => win.lo + i);
  const values = shown.map(({ s, rb }) => slots.map((i) => charted(rb, s.values[i])));
  const stacks: (Stack | null)[] = stacked
    ? slots.map((_, j) => stackValues(values.map((c) => c[j])))
    : [];
  const out = stacked && stackGapsNote(chart, shown, slots, stacks);
  if (out) notes.add(out);
  // Headroom above the tallest column for value labels, the lower-bound arrow and a change label.
  const { y, plot, label } = leftValueAxis(
    chart,
    size,
    MARGIN,
    stackExtent(values, stacks, stacked),
    {
      mode,
      scale: 'linear',
      zero: true,
      base: shownSeries.baseLabel,
      headroom: shown.length === 1 ? 1.3 : 1,
    },
  );
  const x = scaleBand<number>()
    .domain(slots)
    .range([plot.left, plot.left + plot.width])
    .paddingInner(shown.length > 1 ? 0.25 : 0.45)
    .paddingOuter(0.3);
  const inner = scaleBand<number>()
    .domain(shown.map((_, k) => k))
    .range([0, x.bandwidth()])
    .paddingInner(shown.length > 1 ? 0.08 : 0);
  return { ...shownSeries, stacked, win, slots, values, stacks, y, yLabel: label, plot, x, inner };
}
