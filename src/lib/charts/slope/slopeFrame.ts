import type { SeriesChart } from '../skeleton/seriesChart';
import { showSeries, type Shown } from '../skeleton/showSeries';
import { valueAxisText } from '../skeleton/valueLabel';
import { xWindow, type XWindow } from '../skeleton/xWindow';
import { pointFactory, type PointFactory } from '../prepare/pointFactory';
import { slotLabel, slotOf } from '../prepare/slotLabel';
import { formatChange } from '../words/format';
import { nameList } from '../words/nameList';
import { numberFormat } from '../units/formatAmount';
import { EDGE_INSET } from '../layout/edgeInset';
import { textWidth } from '../layout/textWidth';
import { valueScale, type ValueScale } from '../layout/valueScale';
import type { ChartSize, ChartSpec } from '../spec';

/** A slope chart's scales: the two slots compared, the series with both, their end texts, y. */
export interface SlopeFrame {
  win: XWindow;
  a: number;
  b: number;
  both: Shown[];
  factory: PointFactory;
  /** Per series, the text at the left end (label and value) and the right (value and change). */
  leftText: string[];
  rightText: string[];
  /** Per series, its name, its first value and its change, as the end texts write them. */
  names: string[];
  starts: string[];
  changes: string[];
  /** Whether lines cross: their order at the right is not their order at the left. */
  crossed: boolean;
  /** The chart's width, for the right-hand texts' room. */
  width: number;
  plot: ChartSpec['plot'];
  log: boolean;
  y: ValueScale;
}

/**
 * The two slots compared: the config's periods, else the first and last at which the most series
 * have a figure (a series that starts late is not dropped for a first year only one has), else
 * the first and last with any value.
 */
function twoSlots(values: Float64Array[], count: number, chosen: number[]): [number, number] {
  if (chosen.length === 2 && chosen.every((i) => i >= 0)) return [chosen[0], chosen[1]];
  const cover = Array.from({ length: count }, (_, i) =>
    values.reduce((n, v) => (Number.isNaN(v[i]) ? n : n + 1), 0),
  );
  const most = Math.max(0, ...cover);
  const a = cover.indexOf(most);
  const b = cover.lastIndexOf(most);
  if (most > 0 && b > a) return [a, b];
  const any = cover.flatMap((n, i) => (n > 0 ? [i] : []));
  return any.length ? [any[0], any[any.length - 1]] : [0, Math.max(0, count - 1)];
}

/** Past this rise (%), a change reads as a multiple: `×68` says more than `+6,700.0 %`. */
const MULTIPLE_FROM = 1000;

/**
 * How far a series moved between the two ends: a relative change (`+57.7 %`, or `×68` for a
 * rise of a thousand per cent or more), or for rates and shares the difference in percentage
 * points (`+119.6 pp`), since 89.8 % to 209.4 % is not a rise of 133.2 % of anything a reader
 * measures; as the difference (`+€8.0 bn`) when `differences`: where any line's ends are at or
 * below zero, every line's change is said the same way, so they compare.
 */
function slopeChange(
  from: number,
  to: number,
  percent: boolean,
  differences: boolean,
  amount: (v: number) => string,
): string {
  const d = to - from;
  // From or to zero or below (a deficit shrinking from −57 to −49 bn) a relative change reads
  // backwards (−13.9 %): the difference itself is said, in the values' unit.
  if (!percent && differences) return d > 0 ? `+${amount(d)}` : amount(d);
  const times = to / from;
  if (!percent && times - 1 >= MULTIPLE_FROM / 100)
    return `×${numberFormat('en', { maximumFractionDigits: 0 }).format(times)}`;
  if (!percent) return formatChange((times - 1) * 100);
  const sign = d > 0 ? '+' : d < 0 ? '−' : '';
  return `${sign}${numberFormat('en', { maximumFractionDigits: 1 }).format(Math.abs(d))} pp`;
}

/**
 * The frame of a slope chart: the series with a figure at both ends (the others said), room
 * either side for their end texts, and a value axis (log when every value allows).
 */
export function slopeFrame(chart: SeriesChart, size: ChartSize): SlopeFrame {
  const { data, config, locale, notes } = chart;
  const win = xWindow(data.slots.keys, []);
  const { shown } = showSeries(data, config, win, notes, false);
  const [a, b] = twoSlots(
    shown.map(({ s }) => s.values),
    data.slots.keys.length,
    (config.periods ?? []).map((p) => slotOf(data, p)),
  );
  const both = shown.filter(({ s }) => !Number.isNaN(s.values[a]) && !Number.isNaN(s.values[b]));
  const missing = shown.filter((x) => !both.includes(x));
  if (missing.length)
    notes.add(
      `Left out, having no figure for one of the two periods: ${nameList(missing.map(({ s }) => s.label))}.`,
    );
  const factory = pointFactory(data, 'values', locale, config.edits);
  const names = both.map(({ s }) => s.label);
  const starts = both.map(({ s }) => factory.raw(s.values[a]));
  const differences = both.some(({ s }) => s.values[a] <= 0 || s.values[b] < 0);
  const changes = both.map(({ s }) =>
    slopeChange(s.values[a], s.values[b], data.unit.percent, differences, (v) => factory.raw(v)),
  );
  // The lines start where most of them have a figure: said when the data start earlier.
  const first = data.slots.keys.findIndex((_, i) =>
    shown.some(({ s }) => !Number.isNaN(s.values[i])),
  );
  if (first >= 0 && first < a && config.periods?.length !== 2) {
    const which = both.length === shown.length ? 'every line' : 'most lines';
    notes.add(
      `From ${slotLabel(data, a, locale)}, the first period with a figure for ${which}; the data start in ${slotLabel(data, first, locale)}.`,
    );
  }
  const leftText = names.map((name, k) => `${name} ${starts[k]}`);
  const rightText = both.map(({ s }, k) => `${factory.raw(s.values[b])} ${changes[k]}`);
  // Where lines cross, a reader cannot follow a line from its name at the left: the right ends
  // name it too, where there is room.
  const rank = (i: number) =>
    both.map((_, k) => k).sort((p, q) => both[p].s.values[i] - both[q].s.values[i]);
  const atEnd = rank(b);
  const crossed = rank(a).some((k, i) => atEnd[i] !== k);
  const rightRoom = crossed ? rightText.map((t, k) => `${names[k]} ${t}`) : rightText;
  const room = (texts: string[]) =>
    Math.min(
      size.width * 0.32,
      EDGE_INSET + Math.max(40, ...texts.map((t) => textWidth(t, 11))) + 10,
    );
  const plot = {
    left: Math.round(room(leftText)),
    top: 34,
    width: 0,
    height: Math.max(10, size.height - 34 - 16),
  };
  plot.width = Math.max(10, Math.round(size.width - plot.left - room(rightRoom)));
  const vals = both.flatMap(({ s }) => [s.values[a], s.values[b]]);
  const axis = valueAxisText(data.unit, 'values', Math.max(...vals.map(Math.abs), 0), locale);
  const log = config.scale === 'log' && vals.every((v) => v > 0);
  if (config.scale === 'log' && !log)
    notes.add('Values of zero or less cannot go on a log scale: shown on a linear scale.');
  const y = valueScale([Math.min(...vals), Math.max(...vals)], [plot.top + plot.height, plot.top], {
    scale: log ? 'log' : 'linear',
    zero: false,
    count: 5,
    label: axis.tick,
  });
  return {
    ...{ win, a, b, both, factory, leftText, rightText, names, starts, changes, crossed },
    ...{ plot, log, y, width: size.width },
  };
}
