import { scaleLinear, scaleLog } from 'd3-scale';
import type { ChartScale } from '../config/chartConfig';
import type { Tick } from '../spec';

/** A value axis: value → pixel, and its ticks with labels. */
export interface ValueScale {
  (value: number): number;
  domain: [number, number];
  ticks: Tick[];
  /** The author's range left values out, so the axis was widened to show them. */
  widened?: boolean;
}

export interface ValueScaleOptions {
  scale: ChartScale;
  /** Keep zero in a linear domain (values of a column or bar chart start at zero). */
  zero: boolean;
  /** About how many ticks. */
  count: number;
  label: (value: number) => string;
  /** Multiply the top of the domain, for headroom above the tallest mark. */
  headroom?: number;
  /** The author's axis: from zero, or low to high (widened, never cutting a value off). */
  fixed?: 'zero' | [number, number];
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/** Log ticks thinned to 1, 2, 5 × 10ⁿ (or powers of ten) so labels do not collide. */
function logTicks(values: number[], count: number): number[] {
  if (values.length <= count * 1.5) return values;
  const mantissa = (v: number) => Math.round(v / 10 ** Math.floor(Math.log10(v) + 1e-9));
  const few = values.filter((v) => [1, 2, 5].includes(mantissa(v)));
  // Within a decade or two, 1-2-5 leaves too few: every k-th tick instead.
  if (few.length < 3) return values.filter((_, i) => i % Math.ceil(values.length / count) === 0);
  return few.length <= count * 1.5 ? few : values.filter((v) => mantissa(v) === 1);
}

/**
 * A linear or log scale over [lo, hi] onto pixels [bottom, top], made nice, with formatted ticks.
 * An empty or flat extent still gives a usable axis.
 */
export function valueScale(
  extent: [number, number],
  range: [number, number],
  options: ValueScaleOptions,
): ValueScale {
  let [lo, hi] = extent;
  if (!Number.isFinite(lo) || !Number.isFinite(hi))
    [lo, hi] = options.scale === 'log' ? [1, 10] : [0, 1];
  if (options.scale === 'log') {
    if (lo === hi) [lo, hi] = [lo / 2, hi * 2];
    // The data's own span, a little apart from the edges: a nice() domain would stretch data
    // between 60 and 240 over 10 to 1,000, flattening the very changes a log scale shows.
    const s = scaleLog()
      .domain([lo / 1.06, hi * 1.06 * (options.headroom ?? 1)])
      .range(range);
    const ticks = logTicks(s.ticks(options.count), options.count);
    return Object.assign((v: number) => round1(s(v)), {
      domain: s.domain() as [number, number],
      ticks: ticks.map((value) => ({ value, label: options.label(value), pos: round1(s(value)) })),
    });
  }
  const fixed = options.fixed;
  if (Array.isArray(fixed) && fixed[0] < fixed[1]) {
    // Bars and columns start at zero whatever the range asked for: a cut bar misleads.
    const floor = options.zero ? Math.min(0, fixed[0]) : fixed[0];
    const domain: [number, number] = [Math.min(lo, floor), Math.max(hi, fixed[1])];
    const s = scaleLinear().domain(domain).range(range);
    return Object.assign((v: number) => round1(s(v)), {
      domain,
      widened: domain[0] < fixed[0] || domain[1] > fixed[1],
      ticks: s.ticks(options.count).map((value) => ({
        value,
        label: options.label(value),
        pos: round1(s(value)),
      })),
    });
  }
  if (options.zero || fixed === 'zero') [lo, hi] = [Math.min(0, lo), Math.max(0, hi)];
  if (lo === hi) [lo, hi] = lo === 0 ? [0, 1] : [lo - Math.abs(lo) / 2, hi + Math.abs(hi) / 2];
  const top = hi > 0 ? hi * (options.headroom ?? 1) : hi;
  const s = scaleLinear().domain([lo, top]).nice(options.count).range(range);
  return Object.assign((v: number) => round1(s(v)), {
    domain: s.domain() as [number, number],
    ticks: s.ticks(options.count).map((value) => ({
      value,
      label: options.label(value),
      pos: round1(s(value)),
    })),
  });
}
