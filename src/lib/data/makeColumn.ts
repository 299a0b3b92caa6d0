import type { NumberColumn, TextColumn } from './table';

/** A number column from plain values; null and NaN become missing (NaN). */
export function makeNumberColumn(name: string, values: readonly (number | null)[]): NumberColumn {
  const out = new Float64Array(values.length);
  values.forEach((v, i) => (out[i] = v === null ? NaN : v));
  return { name, type: 'number', values: out };
}

/**
 * A dictionary-coded column from plain strings; null is missing.
 * `keyOf` gives period and date entries their sortable key.
 */
export function makeTextColumn(
  name: string,
  type: TextColumn['type'],
  values: readonly (string | null)[],
  keyOf?: (label: string) => number,
): TextColumn {
  const dictionary: string[] = [];
  const index = new Map<string, number>();
  const codes = new Int32Array(values.length);
  values.forEach((v, i) => {
    if (v === null) return void (codes[i] = -1);
    let code = index.get(v);
    if (code === undefined) {
      code = dictionary.push(v) - 1;
      index.set(v, code);
    }
    codes[i] = code;
  });
  const column: TextColumn = { name, type, codes, dictionary };
  if (keyOf) column.keys = Float64Array.from(dictionary, keyOf);
  return column;
}
