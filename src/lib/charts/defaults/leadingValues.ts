import type { Column, NumberColumn, TextColumn } from '../../data/table';

/**
 * The `n` values of a category column with the largest latest figure (by absolute value) among
 * the kept rows, `World` first when there is one: a few lines a reader can follow.
 */
export function leadingValues(
  split: TextColumn,
  y: NumberColumn,
  time: Column | undefined,
  mask: Uint8Array,
  n: number,
): string[] {
  const latest = new Float64Array(split.dictionary.length).fill(-Infinity);
  const value = new Float64Array(split.dictionary.length);
  for (let r = 0; r < split.codes.length; r++) {
    const code = split.codes[r];
    const v = y.values[r];
    if (!mask[r] || code < 0 || Number.isNaN(v)) continue;
    const t = !time
      ? 0
      : time.type === 'number'
        ? time.values[r]
        : time.keys
          ? time.keys[time.codes[r]]
          : time.codes[r];
    if (t > latest[code]) [latest[code], value[code]] = [t, 0];
    if (t === latest[code]) value[code] += v;
  }
  const codes = split.dictionary.map((_, c) => c).filter((c) => latest[c] > -Infinity);
  codes.sort((a, b) => latest[b] - latest[a] || Math.abs(value[b]) - Math.abs(value[a]));
  // Among those reported at the latest period, the largest; then the rest by recency.
  const newest = latest[codes[0]];
  const current = codes
    .filter((c) => latest[c] === newest)
    .sort((a, b) => Math.abs(value[b]) - Math.abs(value[a]));
  const older = codes.filter((c) => latest[c] !== newest);
  const ordered = [...current, ...older].map((c) => split.dictionary[c]);
  const world = ordered.find((v) => /^world$/i.test(v));
  return (world ? [world, ...ordered.filter((v) => v !== world)] : ordered).slice(0, n);
}
