import { tickStep } from 'd3-array';

const DAY = 86_400_000;
const YEAR = 365 * DAY;

/** Whole UTC months since 1970 of a time, and the time a month count starts. */
const monthOf = (t: number) => {
  const d = new Date(t);
  return d.getUTCFullYear() * 12 + d.getUTCMonth() - 1970 * 12;
};
const monthStart = (m: number) => Date.UTC(1970, m, 1);

/** Every `k`-th day from 1970-01-01, every Sunday, every `k`-th month of the year, every `k`-th year. */
type Step = 'day' | 'week' | 'month' | 'year';

/** The calendar steps, with their lengths, as d3-time's utcTicks has them from a day up. */
const STEPS: [Step, number, number][] = [
  ['day', 1, DAY],
  ['day', 2, 2 * DAY],
  ['week', 1, 7 * DAY],
  ['month', 1, 30 * DAY],
  ['month', 3, 90 * DAY],
  ['year', 1, YEAR],
];

/** The ticks of `step` × `k` from `start` to `stop`, both included. */
function range(step: Step, k: number, start: number, stop: number): number[] {
  const out: number[] = [];
  if (step === 'day' || step === 'week') {
    // Days from 1970-01-01 (a Thursday): weeks start on the Sundays, 3 days in.
    const [size, offset] = step === 'day' ? [k * DAY, 0] : [7 * DAY, 3 * DAY];
    for (let t = Math.ceil((start - offset) / size) * size + offset; t <= stop; t += size)
      out.push(t);
    return out;
  }
  // Months that are multiples of k in their year (quarters: Jan, Apr…); years multiples of k.
  const [per, from] = step === 'month' ? [k, 0] : [12 * k, 1970 * 12];
  for (let m = Math.ceil((monthOf(start - 1) + from) / per) * per - from; ; m += per) {
    const t = monthStart(m);
    if (t > stop) return out;
    if (t >= start) out.push(t);
  }
}

/**
 * About `count` calendar ticks from `start` to `stop`, both included: days, weeks (Sundays),
 * months, quarters or years (every 2, 5, 10… years for long spans), as d3-time's utcTicks gives
 * them. Dates have no hours, so a span shorter than its ticks is ticked in whole days.
 */
export function dateTicks(start: Date, stop: Date, count: number): Date[] {
  const [t0, t1] = [+start, +stop];
  const target = (t1 - t0) / count;
  let i = 0;
  while (i < STEPS.length && STEPS[i][2] <= target) i++;
  if (i === STEPS.length) {
    const k = tickStep(t0 / YEAR, t1 / YEAR, count);
    return k >= 1 ? range('year', Math.floor(k), t0, t1).map((t) => new Date(t)) : [];
  }
  const [step, k] =
    i === 0 ? STEPS[0] : STEPS[target / STEPS[i - 1][2] < STEPS[i][2] / target ? i - 1 : i];
  return range(step, k, t0, t1).map((t) => new Date(t));
}
