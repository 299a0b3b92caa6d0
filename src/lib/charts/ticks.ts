import type { ScaleLinear } from 'd3-scale';
import type { Tick } from './spec';

/** Ticks of a linear scale, formatted, with their pixel positions rounded for crisp lines. */
export function linearTicks(
  scale: ScaleLinear<number, number>,
  count: number,
  label: (v: number) => string,
): Tick[] {
  return scale.ticks(count).map((value) => ({
    value,
    label: label(value),
    pos: Math.round(scale(value) * 10) / 10,
  }));
}
