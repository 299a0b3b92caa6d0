import { scaleBand, type ScaleBand } from 'd3-scale';
import type { SeriesChart } from '../skeleton/seriesChart';
import { showSeries, type Shown } from '../skeleton/showSeries';
import { stackExtent } from '../skeleton/stackExtent';
import { stackValues, type Stack } from '../skeleton/stackValues';
import { valueAxisText } from '../skeleton/valueLabel';
import { xWindow, type XWindow } from '../skeleton/xWindow';
import { editedAxis, WIDENED_NOTE } from '../edits/applyEdits';
import { pointFactory, type PointFactory } from '../prepare/pointFactory';
import { slotLabel } from '../prepare/slotLabel';
import { EDGE_INSET } from '../layout/edgeInset';
import { textWidth } from '../layout/textWidth';
import { nameList } from '../words/nameList';
import { saidQualifier } from '../words/qualifiedLabel';
import { valueScale, type ValueScale } from '../layout/valueScale';
import type { ChartSize, ChartSpec } from '../spec';
import { rankSlots } from './rankSlots';

/** Names at most this many categories without a figure, then counts the rest. */
const NAMED = 5;

/** `No figure for United States: no bar.` */
export function noFigureNote(labels: string[]): string {
  const named = nameList(labels.slice(0, NAMED));
  const more = labels.length > NAMED ? ` and ${labels.length - NAMED} more` : '';
  return `No figure for ${named}${more}: no bar.`;
}

/** Below this width, labels a bar chart would cut go above their bars instead. */
const NARROW = 600;
/** A label line above a bar: 11 px text and the space around it. */
export const LABEL_LINE = 16;
/** The least a category takes with its label above: the line and a bar of 12 px. */
const ABOVE_STEP = LABEL_LINE + 12;

/** A bar chart's scales: the categories kept, their values (and stacks), a band each, x. */
export interface BarFrame {
  ranked: boolean;
  stacked: boolean;
  win: XWindow;
  shown: Shown[];
  slots: number[];
  /** Per slot, per shown series. */
  values: number[][];
  stacks: (Stack | null)[];
  factory: PointFactory;
  /** Room left of the plot for the category labels, EDGE_INSET from the edge included. */
  labelRoom: number;
  /** Labels go above their bars, across the whole width: a narrow chart would cut them. */
  above: boolean;
  /** The chart's height: taller than asked when labels above their bars need the room. */
  height: number;
  plot: ChartSpec['plot'];
  x: ValueScale;
  xLabel?: string;
  band: ScaleBand<number>;
  inner: ScaleBand<number>;
}

/**
 * The frame of a bar chart: the top N categories (largest first when ranked), labels left of
 * the plot and values right of it, each given the room its longest text needs.
 */
export function barFrame(chart: SeriesChart, size: ChartSize): BarFrame {
  const { data, config, locale, notes } = chart;
  const ranked = config.variant === undefined || config.variant === 'ranked';
  const stacked = config.variant === 'stacked';
  const win = xWindow(data.slots.keys, []);
  const { shown } = showSeries(data, config, win, notes, false);
  const top = config.top ?? 15;
  const { slots, left, missing } = rankSlots(shown, data.slots.keys.length, ranked || stacked, top);
  if (left) notes.add(`The ${slots.length} largest shown; ${left} more are in the data.`);
  // A category kept (picked, or in the data) with no figure is said, not silently left out.
  if (missing.length) notes.add(noFigureNote(missing.map((i) => slotLabel(data, i, locale))));
  const values = slots.map((i) => shown.map(({ s }) => s.values[i]));
  const stacks = values.map((v) => (stacked ? stackValues(v) : null));
  const [lo, hi] = stackExtent(values, stacks, stacked);
  const axis = valueAxisText(data.unit, 'values', Math.max(Math.abs(lo), Math.abs(hi)), locale);
  const factory = pointFactory(data, 'values', locale, config.edits);
  const labels = slots.map((i) => slotLabel(data, i, locale));
  const longest = Math.max(40, ...labels.map((l) => textWidth(l, 11)));
  const above = size.width < NARROW && EDGE_INSET + longest + 10 > size.width * 0.4;
  const labelRoom = above ? EDGE_INSET : Math.min(size.width * 0.4, EDGE_INSET + longest + 10);
  // The label as drawn, with its qualifier said after it (`$25.8 tn (estimate)`).
  const valueText = (i: number) => {
    const q = factory.qualifierAt(shown[0].s, i);
    return saidQualifier(factory.raw(shown[0].s.values[i], q), q);
  };
  const valueRoom =
    shown.length === 1 ? Math.max(40, ...slots.map((i) => textWidth(valueText(i), 11))) + 8 : 16;
  const plot = {
    left: Math.round(labelRoom),
    top: 22,
    width: Math.max(10, Math.round(size.width - labelRoom - valueRoom)),
    height: Math.max(10, size.height - 22 - 36, above ? (slots.length + 1) * ABOVE_STEP : 0),
  };
  // A bar below zero has its value left of its end: room for it inside the plot, so it never
  // runs into the category labels.
  const below =
    shown.length === 1 ? slots.map((i) => shown[0].s.values[i]).filter((v) => v < 0) : [];
  const negRoom = below.length
    ? Math.max(...below.map((v) => textWidth(factory.raw(v), 11))) + 8
    : 0;
  const x = valueScale(
    [lo, hi],
    [plot.left + Math.min(negRoom, plot.width / 2), plot.left + plot.width],
    {
      scale: 'linear',
      zero: true,
      count: Math.max(2, Math.floor(plot.width / 80)),
      label: axis.tick,
      ...editedAxis(config.edits, 'values'),
    },
  );
  if (x.widened) notes.add(WIDENED_NOTE);
  const xLabel = config.text?.yLabel ?? axis.label;
  const { band, inner } = barBands(slots, shown.length, stacked, plot, above);
  return {
    ranked,
    stacked,
    win,
    shown,
    slots,
    values,
    stacks,
    factory,
    labelRoom,
    above,
    height: plot.height + 22 + 36,
    plot,
    x,
    xLabel,
    band,
    inner,
  };
}

/**
 * A band per category down the plot, and the series side by side inside it. With labels above
 * the bars, the gap before each bar holds its label line.
 */
function barBands(
  slots: number[],
  series: number,
  stacked: boolean,
  plot: ChartSpec['plot'],
  above: boolean,
) {
  const step = plot.height / Math.max(1, slots.length);
  const gap = above ? Math.min(0.8, Math.max(0.25, LABEL_LINE / step)) : 0.25;
  const band = scaleBand<number>()
    .domain(slots)
    .range([plot.top, plot.top + plot.height])
    .paddingInner(gap)
    // Above: the first label's line at the top, none below the last bar.
    .paddingOuter(above ? gap / 2 : 0.15)
    .align(above ? 1 : 0.5);
  const inner = scaleBand<number>()
    .domain(Array.from({ length: series }, (_, k) => k))
    .range([0, band.bandwidth()])
    .paddingInner(series > 1 && !stacked ? 0.1 : 0);
  return { band, inner };
}
