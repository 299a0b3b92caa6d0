import { leftValueAxis, type LeftAxisFrame } from '../skeleton/leftValueAxis';
import type { SeriesChart } from '../skeleton/seriesChart';
import { showSeries, type Shown } from '../skeleton/showSeries';
import { stackExtent } from '../skeleton/stackExtent';
import { stackValues, type Stack } from '../skeleton/stackValues';
import { xWindow } from '../skeleton/xWindow';
import type { ChartSize } from '../spec';
import { PLAIN_UNIT } from '../units/parseUnit';
import { stackGapsNote } from '../skeleton/stackGapsNote';

const MARGIN = { top: 20, right: 16, bottom: 32, left: 52 };

/** A stacked area chart's scales: the slots sampled to the width, their stacks, x and y. */
export interface AreaFrame extends LeftAxisFrame {
  share: boolean;
  shown: Shown[];
  /** Every `every`th slot in view. */
  slots: number[];
  every: number;
  stacks: (Stack | null)[];
  xOf: (key: number) => number;
}

/**
 * The frame of a stacked area chart: about one period per pixel column, stacked (as shares of
 * the period's total with `share`) on a linear axis from zero; what was sampled or left out is said.
 */
export function areaFrame(chart: SeriesChart, size: ChartSize): AreaFrame {
  const { data, config, notes } = chart;
  const share = config.variant === 'share';
  const win = xWindow(data.slots.keys, [], config.range);
  const { shown } = showSeries(data, config, win, notes, false);
  const pixels = Math.max(10, Math.round(size.width - MARGIN.left - MARGIN.right));
  const every = Math.max(1, Math.ceil((win.hi - win.lo) / pixels));
  const slots: number[] = [];
  for (let i = win.lo; i < win.hi; i += every) slots.push(i);
  if (every > 1)
    notes.add(`Every ${every}th period drawn, to fit the width; zoom in for every period.`);
  const stacks = slots.map((i) =>
    stackValues(
      shown.map(({ s }) => s.values[i]),
      share,
    ),
  );
  const out = stackGapsNote(chart, shown, slots, stacks);
  if (out) notes.add(out);
  if (share) notes.add('Each layer as a percentage of the period’s total.');
  const { y, plot, label } = leftValueAxis(chart, size, MARGIN, stackExtent([], stacks, true), {
    mode: 'values',
    scale: 'linear',
    zero: true,
    unit: share ? { ...PLAIN_UNIT, percent: true } : undefined,
    top: share ? 100 : undefined,
    edited: share ? 'share' : 'values',
  });
  const [r0, r1] = win.range;
  const xOf = (k: number) =>
    Math.round((plot.left + ((k - r0) * plot.width) / (r1 - r0 || 1)) * 10) / 10;
  const yLabel = share ? '% of total' : label;
  return { share, win, shown, slots, every, stacks, y, yLabel, plot, xOf };
}
