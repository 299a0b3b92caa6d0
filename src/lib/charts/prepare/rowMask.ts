import type { Column, NumberColumn, Table, TextColumn } from '../../data/table';

/** Rows kept by the filters: 1 = kept. Works on codes, never on row objects. */
export interface RowMask {
  mask: Uint8Array;
  kept: number;
}

/** Clears the rows whose number in `column` is not one of `values`. */
function keepOnly(mask: Uint8Array, column: NumberColumn, values: readonly string[]): void {
  const wanted = new Set(values.map(Number));
  const numbers = column.values;
  for (let r = 0; r < mask.length; r++) if (mask[r] && !wanted.has(numbers[r])) mask[r] = 0;
}

// The last few masks of each table: choosing a chart, preparing its data and listing its
// filter choices ask for the same rows in turn, each a pass over a million of them.
const memo = new WeakMap<Table, { key: string; result: RowMask }[]>();

/**
 * Keeps the rows whose value in every filtered column is one of the listed values. A filter
 * on a column the table lacks, or with no values, keeps everything. The mask is shared with
 * later calls for the same rows: read it, never change it.
 */
export function rowMask(table: Table, filters: Record<string, string[]>): RowMask {
  const key = JSON.stringify(filters);
  const list = memo.get(table) ?? [];
  // A mask sent to another thread reads as empty here: it is made again.
  const hit = list.find((e) => e.key === key && e.result.mask.length === table.rowCount);
  if (hit) return hit.result;
  const result = computeRowMask(table, filters);
  memo.set(table, [{ key, result }, ...list.filter((e) => e.key !== key)].slice(0, 4));
  return result;
}

/** Whether each code of a text column is one of `values` (1) or not (0). */
function wantedCodes(column: TextColumn, values: readonly string[]) {
  const wanted = new Set(values);
  return Uint8Array.from(column.dictionary, (label) => (wanted.has(label) ? 1 : 0));
}

function computeRowMask(table: Table, filters: Record<string, string[]>): RowMask {
  const mask = new Uint8Array(table.rowCount).fill(1);
  const texts: { codes: Int32Array; ok: Uint8Array }[] = [];
  for (const [name, values] of Object.entries(filters)) {
    const column = table.columns.find((c) => c.name === name);
    if (!column || !values?.length) continue;
    if (column.type === 'number') keepOnly(mask, column, values);
    else texts.push({ codes: column.codes, ok: wantedCodes(column, values) });
  }
  // Filters on text columns in one pass over the rows, not one pass each.
  let kept = 0;
  for (let r = 0; r < mask.length; r++) {
    let keep = mask[r];
    for (let f = 0; f < texts.length && keep; f++) {
      const code = texts[f].codes[r];
      if (code < 0 || texts[f].ok[code] === 0) keep = 0;
    }
    mask[r] = keep;
    kept += keep;
  }
  return { mask, kept };
}

/**
 * Whether a text column has two or more distinct labels among kept rows: keptLabels(…).length
 * > 1, stopping at the second label rather than looking for every one.
 */
export function keptVaries(column: Column, mask: Uint8Array): boolean {
  if (column.type === 'number') return false;
  const codes = column.codes;
  let first = -1;
  for (let r = 0; r < codes.length; r++) {
    const code = codes[r];
    if (!mask[r] || code < 0) continue;
    if (first < 0) first = code;
    else if (code !== first) return true;
  }
  return false;
}

/** The distinct labels of a text column among kept rows, in dictionary order. */
export function keptLabels(column: Column, mask: Uint8Array): string[] {
  if (column.type === 'number') return [];
  const seen = new Uint8Array(column.dictionary.length);
  const codes = column.codes;
  // Stops once every label is seen: a few partners among a million rows take a few rows.
  let unseen = seen.length;
  for (let r = 0; r < codes.length && unseen > 0; r++) {
    const code = codes[r];
    if (mask[r] && code >= 0 && seen[code] === 0) {
      seen[code] = 1;
      unseen--;
    }
  }
  return column.dictionary.filter((_, code) => seen[code]);
}

/**
 * Labels of a period or date column in time order, by the column's keys: its dictionary is in
 * the order values first appear in the file (an OWID file's first country may start in 2008
 * and a later one in 1960), so its last entry is not the latest period.
 */
export function inTimeOrder(column: Column, labels: string[]): string[] {
  if (column.type === 'number' || !column.keys) return labels;
  const { keys, dictionary } = column;
  const key = new Map(dictionary.map((label, code) => [label, keys[code]]));
  return [...labels].sort((a, b) => (key.get(a) ?? 0) - (key.get(b) ?? 0));
}
