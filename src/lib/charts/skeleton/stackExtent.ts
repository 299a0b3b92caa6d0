import type { Stack } from './stackValues';

/** From zero to the furthest stack (stacked) or value (side by side), gaps passed over. */
export function stackExtent(
  values: number[][],
  stacks: (Stack | null)[],
  stacked: boolean,
): [number, number] {
  const all = stacked
    ? stacks.flatMap((st) => st?.flat() ?? [])
    : values.flat().filter((v) => !Number.isNaN(v));
  return [Math.min(0, ...all), Math.max(0, ...all)];
}
