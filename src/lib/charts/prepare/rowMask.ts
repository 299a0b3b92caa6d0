import type { Column, Table } from '../../data/table';

/** Rows kept by the filters: 1 = kept. Works on codes, never on row objects. */
export interface RowMask {
  mask: Uint8Array;
  kept: number;
}

/** Clears the rows whose value in `column` is not one of `values`. */
function keepOnly(mask: Uint8Array, column: Column, values: readonly string[]): void {
  if (column.type === 'number') {
    const wanted = new Set(values.map(Number));
    const numbers = column.values;
    for (let r = 0; r < mask.length; r++) if (mask[r] && !wanted.has(numbers[r])) mask[r] = 0;
    return;
  }
  const ok = new Uint8Array(column.dictionary.length);
  const wanted = new Set(values);
  column.dictionary.forEach((label, code) => (ok[code] = wanted.has(label) ? 1 : 0));
  const codes = column.codes;
  // A plain loop over the codes: a million rows take a few milliseconds, not a call each.
  for (let r = 0; r < mask.length; r++) {
    const code = codes[r];
    if (code < 0 || ok[code] === 0) mask[r] = 0;
  }
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

function computeRowMask(table: Table, filters: Record<string, string[]>): RowMask {
  const mask = new Uint8Array(table.rowCount).fill(1);
  for (const [name, values] of Object.entries(filters)) {
    const column = table.columns.find((c) => c.name === name);
    if (column && values?.length) keepOnly(mask, column, values);
  }
  let kept = 0;
  for (let r = 0; r < mask.length; r++) kept += mask[r];
  return { mask, kept };
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
