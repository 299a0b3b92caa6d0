import { scaleLinear } from 'd3-scale';
import type { ChartData } from '../prepare/prepareChartData';
import { slotLabel } from '../prepare/slotLabel';
import { lowerBound } from '../prepare/xSlots';
import type { Tick } from '../spec';
import { numberFormat } from '../units/formatAmount';
import { formatDateKey } from '../units/formatPeriod';
import { dateTicks } from './dateTicks';
import { EDGE_INSET } from './edgeInset';
import { textWidth } from './textWidth';

const DAY = 86_400_000;
const round1 = (v: number) => Math.round(v * 10) / 10;

/** Axis labels are 11 px; neighbours keep at least this much space between them. */
const LABEL_SIZE = 11;
const LABEL_GAP = 8;

/**
 * Whether the labels leave each other room where they are drawn: centred on their ticks, but
 * within `edges` (the chart's text edges), which a label at the end of the axis is moved in to
 * meet (axisShapes), never past its tick.
 */
function labelsFitIn(ticks: Tick[], [left, right]: readonly [number, number]): boolean {
  const spans = ticks.map((t) => {
    const w = textWidth(t.label, LABEL_SIZE);
    if (t.pos + w / 2 > right) return [Math.max(t.pos, right) - w, Math.max(t.pos, right)];
    if (t.pos - w / 2 < left) return [Math.min(t.pos, left), Math.min(t.pos, left) + w];
    return [t.pos - w / 2, t.pos + w / 2];
  });
  return spans.every((s, i) => i === 0 || s[0] - spans[i - 1][1] >= LABEL_GAP);
}

/**
 * Ticks along a time (or number) x axis over keys [k0, k1] drawn on [px0, px1]: whole years for
 * periods spanning years, the periods themselves (thinned) for shorter spans, calendar ticks for
 * dates, plain ticks for numbers. About one tick per 56 pixels, fewer when the labels are wider
 * than that ("Apr 2004"), so that no two labels overlap, nor drop one between them where the
 * last is moved in from the chart's edge (`edges`, its text edges): 2012, 2014 … 2022 rather
 * than every year but 2022.
 */
export function timeTicks(
  data: ChartData,
  keys: [number, number],
  pixels: [number, number],
  locale: string,
  edges: readonly [number, number] = [-Infinity, Infinity],
): Tick[] {
  const labelsFit = (ticks: Tick[]) => labelsFitIn(ticks, edges);
  let count = Math.max(2, Math.floor((pixels[1] - pixels[0]) / 56));
  const first = ticksFor(data, keys, pixels, locale, count);
  if (labelsFit(first)) return first;
  // Fewer ticks asked of the scale: d3's steps go from quarters straight to years, so also try
  // every other (third…) tick of the first set, which keeps half-years; the fuller set wins.
  let fewer = first;
  while (count > 2 && fewer.length > 2 && !labelsFit(fewer)) {
    count = Math.min(count - 1, fewer.length - 1);
    fewer = ticksFor(data, keys, pixels, locale, count);
  }
  const thinned = thinTicks(first, data.x.type === 'date', labelsFit);
  return thinned && thinned.length >= fewer.length ? thinned : fewer;
}

/**
 * Every k-th tick for the smallest k whose labels fit, or null. Dates keep the ticks whose month
 * is a multiple of the new step (January and July for half-years), not just the first one's.
 */
function thinTicks(
  ticks: Tick[],
  dates: boolean,
  labelsFit: (ticks: Tick[]) => boolean,
): Tick[] | null {
  const month = (t: Tick) => {
    const d = new Date(t.value);
    return d.getUTCFullYear() * 12 + d.getUTCMonth();
  };
  const step = dates && ticks.length > 1 ? month(ticks[1]) - month(ticks[0]) : 0;
  for (let k = 2; k < ticks.length; k++) {
    let offset = 0;
    if (step >= 1) for (let o = 0; o < k; o++) if (month(ticks[o]) % (k * step) === 0) offset = o;
    const kept = ticks.filter((_, i) => i % k === offset);
    if (kept.length >= 2 && labelsFit(kept)) return kept;
  }
  return null;
}

function ticksFor(
  data: ChartData,
  [k0, k1]: [number, number],
  [px0, px1]: [number, number],
  locale: string,
  count: number,
): Tick[] {
  const x = scaleLinear()
    .domain([k0, k1 === k0 ? k0 + 1 : k1])
    .range([px0, px1]);
  // One period alone stands in the middle of the plot, where its points are drawn.
  const at = (value: number) => (k1 === k0 ? (px0 + px1) / 2 : x(value));
  const tick = (value: number, label: string): Tick => ({ value, label, pos: round1(at(value)) });
  if (data.x.type === 'date') {
    // Calendar ticks from d3-time's intervals: a time scale would also pull in d3-time-format.
    const ticks = dateTicks(new Date(k0), new Date(k1), count).map((d) => d.getTime());
    const step = ticks.length > 1 ? ticks[1] - ticks[0] : DAY;
    const label = (t: number) =>
      step >= 360 * DAY
        ? String(new Date(t).getUTCFullYear())
        : formatDateKey(t, locale, step < 28 * DAY);
    return ticks.map((t) => tick(t, label(t)));
  }
  if (data.x.type === 'period' && k1 - k0 < 2) {
    const keys = data.slots.keys;
    const lo = lowerBound(keys, k0);
    const hi = lowerBound(keys, k1 + 1e-9);
    const every = Math.max(1, Math.ceil((hi - lo) / count));
    const out: Tick[] = [];
    for (let i = lo; i < hi; i += every) out.push(tick(keys[i], slotLabel(data, i, locale)));
    return out;
  }
  const yearly = data.x.type === 'period' || (k0 >= 1000 && k1 <= 2999 && Number.isInteger(k0));
  const nf = numberFormat(locale, { maximumFractionDigits: 2 });
  return x
    .ticks(count)
    .filter((v) => (!yearly || Number.isInteger(v)) && (k1 !== k0 || v === k0))
    .map((v) => tick(v, yearly ? String(v) : nf.format(v)));
}

/** A time x axis along a plot, its labels kept within the chart's text edges (`width` wide). */
export function timeXAxis(
  data: ChartData,
  keys: [number, number],
  plot: { left: number; width: number },
  width: number,
  locale: string,
) {
  const edges = [EDGE_INSET, width - EDGE_INSET] as const;
  return {
    ticks: timeTicks(data, keys, [plot.left, plot.left + plot.width], locale, edges),
    grid: false,
  };
}
