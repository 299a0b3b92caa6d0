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
  const [latest, value] = latestValues(split, y, time, mask);
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

/** Cells of the grid of sums by value and time code past which rows are summed one by one. */
const MAX_GRID = 1 << 20;

/**
 * Each value of `split`'s latest time among the kept rows (`-Infinity` where it has none), and
 * its sum at that time. Over a time column of codes (or none), the sums go by value and time
 * code first, in a small grid, in one plain pass over the rows; the latest is read off the
 * grid after.
 */
function latestValues(
  split: TextColumn,
  y: NumberColumn,
  time: Column | undefined,
  mask: Uint8Array,
): [Float64Array, Float64Array] {
  const entries = split.dictionary.length;
  const latest = new Float64Array(entries).fill(-Infinity);
  const value = new Float64Array(entries);
  // Each row's time: a number, or its code's key (its code when the column has no keys).
  const times = time?.type === 'number' ? time.values : null;
  const timeCodes = time && time.type !== 'number' ? time.codes : new Int32Array(mask.length);
  const keys = time && time.type !== 'number' ? (time.keys ?? codeKeys(time.dictionary)) : [0];
  if (times || entries * keys.length > MAX_GRID) {
    const rowCodes = split.codes;
    const values = y.values;
    for (let r = 0; r < rowCodes.length; r++) {
      const code = rowCodes[r];
      const v = values[r];
      if (mask[r] === 0 || code < 0 || v !== v) continue;
      const t = times ? times[r] : keys[timeCodes[r]];
      const l = latest[code];
      if (t > l) {
        latest[code] = t;
        value[code] = v;
      } else if (t === l) value[code] += v;
    }
    return [latest, value];
  }
  const [sums, seen] = gridSums(split.codes, timeCodes, keys.length, y.values, mask, entries);
  for (let code = 0, at = 0; code < entries; code++)
    for (let t = 0; t < keys.length; t++, at++) {
      const key = keys[t];
      if (seen[at] === 0 || !(key >= latest[code])) continue;
      if (key > latest[code]) value[code] = 0;
      latest[code] = key;
      value[code] += sums[at];
    }
  return [latest, value];
}

const codeKeys = (dictionary: readonly string[]) => Float64Array.from(dictionary, (_, c) => c);

/** The kept rows' sums by value code and time code (`width` of them), and which were met. */
function gridSums(
  rowCodes: Int32Array,
  timeCodes: Int32Array,
  width: number,
  values: Float64Array,
  mask: Uint8Array,
  entries: number,
): [Float64Array, Uint8Array] {
  const sums = new Float64Array(entries * width);
  const seen = new Uint8Array(entries * width);
  for (let r = 0; r < rowCodes.length; r++) {
    const code = rowCodes[r];
    const t = timeCodes[r];
    const v = values[r];
    if (mask[r] === 0 || code < 0 || t < 0 || v !== v) continue;
    const at = code * width + t;
    sums[at] += v;
    seen[at] = 1;
  }
  return [sums, seen];
}
