import type { Column, Table } from '../../data/table';

/** Rows kept by the filters: 1 = kept. Works on codes, never on row objects. */
export interface RowMask {
  mask: Uint8Array;
  kept: number;
}

/** Clears the rows whose value in `column` is not one of `values`; how many it cleared. */
function keepOnly(mask: Uint8Array, column: Column, values: readonly string[]): number {
  let cleared = 0;
  if (column.type === 'number') {
    const wanted = new Set(values.map(Number));
    const numbers = column.values;
    for (let r = 0; r < mask.length; r++)
      if (mask[r] && !wanted.has(numbers[r])) {
        mask[r] = 0;
        cleared++;
      }
    return cleared;
  }
  const wanted = new Set(values);
  const ok = Uint8Array.from(column.dictionary, (label) => (wanted.has(label) ? 1 : 0));
  const codes = column.codes;
  // A plain loop over the codes: a million rows take a few milliseconds, not a call each.
  for (let r = 0; r < mask.length; r++) {
    const code = codes[r];
    const keep = code < 0 ? 0 : ok[code];
    cleared += mask[r] & (keep ^ 1);
    mask[r] &= keep;
  }
  return cleared;
}

type Filters = Record<string, string[]>;
type Kept = { key: string; filters: [string, string[]][]; result: RowMask };

// The last few masks of each table: choosing a chart, preparing its data and listing its
// filter choices ask for the same rows in turn, each a pass over a million of them.
const memo = new WeakMap<Table, Kept[]>();

/** The filters that filter: on a column the table has, with values. */
const effective = (table: Table, filters: Filters): [string, string[]][] =>
  Object.entries(filters).filter(
    ([name, values]) => values?.length && table.columns.some((c) => c.name === name),
  );

/** Whether a filter keeps just the values of `b`, in any order. */
export const sameValues = (a: readonly string[] | undefined, b: readonly string[]) =>
  !!a && a.length === b.length && b.every((v) => a.includes(v));

/**
 * Keeps the rows whose value in every filtered column is one of the listed values. A filter
 * on a column the table lacks, or with no values, keeps everything. The mask is shared with
 * later calls for the same rows: read it, never change it.
 */
export function rowMask(table: Table, filters: Filters): RowMask {
  const key = JSON.stringify(filters);
  // A mask sent to another thread reads as empty here: it is made again.
  const list = (memo.get(table) ?? []).filter((e) => e.result.mask.length === table.rowCount);
  const hit = list.find((e) => e.key === key);
  if (hit) return hit.result;
  const wanted = effective(table, filters);
  const result = computeRowMask(table, wanted, list);
  memo.set(table, [{ key, filters: wanted, result }, ...list].slice(0, 4));
  return result;
}

/**
 * The mask of `wanted`, made from a kept mask of some of the same filters when there is one
 * (choosing a chart adds its filters one at a time): only the others then pass over the rows.
 */
function computeRowMask(table: Table, wanted: [string, string[]][], kept: Kept[]): RowMask {
  const values = Object.fromEntries(wanted);
  let base: Kept | undefined;
  for (const e of kept) {
    const part = e.filters.length < wanted.length && e.filters.length > (base?.filters.length ?? 0);
    if (part && e.filters.every(([name, v]) => sameValues(values[name], v))) base = e;
  }
  const mask = base ? base.result.mask.slice() : new Uint8Array(table.rowCount).fill(1);
  // Counted as rows are cleared: no pass of its own over a million rows.
  let count = base ? base.result.kept : table.rowCount;
  const done = new Set(base?.filters.map(([name]) => name));
  for (const [name, values] of wanted) {
    const column = table.columns.find((c) => c.name === name);
    if (column && !done.has(name)) count -= keepOnly(mask, column, values);
  }
  return { mask, kept: count };
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
 * Of `wanted`, those a text column has among the kept rows, in `wanted`'s order: what
 * keptLabels(…) has of them, stopping once every one is seen (a chart's five partners are all
 * met in a file's first rows, where the other partners are never met among the kept rows).
 */
export function keptAmong(column: Column, mask: Uint8Array, wanted: readonly string[]): string[] {
  if (column.type === 'number') return [];
  const want = new Set(wanted);
  const looking = new Uint8Array(column.dictionary.length);
  let left = 0;
  column.dictionary.forEach((label, code) => {
    if (want.has(label)) [looking[code], left] = [1, left + 1];
  });
  const seen = new Set<string>();
  const codes = column.codes;
  for (let r = 0; r < codes.length && left > 0; r++) {
    const code = codes[r];
    if (!mask[r] || code < 0 || looking[code] !== 1) continue;
    looking[code] = 2;
    left--;
    seen.add(column.dictionary[code]);
  }
  return wanted.filter((v) => seen.has(v));
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
