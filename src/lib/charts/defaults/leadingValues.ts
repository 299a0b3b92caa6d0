import type { Column, NumberColumn, TextColumn } from '../../data/table';

/**
 * The `n` values of a category column with the largest latest figure (by absolute value) among
 * the kept rows: a few lines a reader can follow. Groups (`groups`: World, regions, income
 * groups) are left out while there are economies to show; World comes first, as the reference,
 * when its figures are on the economies' scale (a share or a rate), not when it would flatten
 * them (a sum).
 */
export function leadingValues(
  split: TextColumn,
  y: NumberColumn,
  time: Column | undefined,
  mask: Uint8Array,
  n: number,
  groups: ReadonlySet<string> = new Set(),
): string[] {
  const latest = new Float64Array(split.dictionary.length).fill(-Infinity);
  const value = new Float64Array(split.dictionary.length);
  // Each row's time as a number: the time column's own values, or its codes' keys (their
  // codes when it has none), looked up once per code rather than chosen per row.
  const times = time?.type === 'number' ? time.values : null;
  const timeCodes = time && time.type !== 'number' ? time.codes : null;
  const keyOf =
    time && time.type !== 'number'
      ? (time.keys ?? Float64Array.from(time.dictionary, (_, c) => c))
      : null;
  const rowCodes = split.codes;
  const values = y.values;
  for (let r = 0; r < rowCodes.length; r++) {
    const code = rowCodes[r];
    const v = values[r];
    if (!mask[r] || code < 0 || v !== v) continue;
    const t = times ? times[r] : timeCodes ? keyOf![timeCodes[r]] : 0;
    const l = latest[code];
    if (t > l) {
      latest[code] = t;
      value[code] = v;
    } else if (t === l) value[code] += v;
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
  const economies = ordered.filter((v) => !groups.has(v));
  if (economies.length === 0) return ordered.slice(0, n);
  const chosen = economies.slice(0, n);
  const world = ordered.find((v) => /^world$/i.test(v));
  if (!world || chosen.includes(world)) return chosen;
  const size = (v: string) => Math.abs(value[split.dictionary.indexOf(v)]);
  const largest = Math.max(...chosen.map(size));
  return size(world) <= 1.5 * largest ? [world, ...chosen.slice(0, n - 1)] : chosen;
}
