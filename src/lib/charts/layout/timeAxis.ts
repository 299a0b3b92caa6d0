import { scaleLinear } from 'd3-scale';
import { utcTicks } from 'd3-time';
import type { ChartData } from '../data/prepareChartData';
import { slotLabel } from '../data/slotLabel';
import { lowerBound } from '../data/xSlots';
import type { Tick } from '../spec';
import { numberFormat } from '../units/formatAmount';
import { formatDateKey } from '../units/formatPeriod';

const DAY = 86_400_000;
const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Ticks along a time (or number) x axis over keys [k0, k1] drawn on [px0, px1]: whole years for
 * periods spanning years, the periods themselves (thinned) for shorter spans, calendar ticks for
 * dates, plain ticks for numbers. About one tick per 56 pixels.
 */
export function timeTicks(
  data: ChartData,
  [k0, k1]: [number, number],
  [px0, px1]: [number, number],
  locale: string,
): Tick[] {
  const count = Math.max(2, Math.floor((px1 - px0) / 56));
  const x = scaleLinear()
    .domain([k0, k1 === k0 ? k0 + 1 : k1])
    .range([px0, px1]);
  const tick = (value: number, label: string): Tick => ({ value, label, pos: round1(x(value)) });
  if (data.x.type === 'date') {
    // Calendar ticks straight from d3-time: a time scale would also pull in d3-time-format.
    const ticks = utcTicks(new Date(k0), new Date(k1), count).map((d) => d.getTime());
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
    .filter((v) => !yearly || Number.isInteger(v))
    .map((v) => tick(v, yearly ? String(v) : nf.format(v)));
}
