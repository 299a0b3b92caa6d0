import type { Column } from '../../data/table';

/** The distinct x values of the kept rows, in order: one slot each. */
export interface XSlots {
  /** Sortable key per slot: decimal year, epoch ms, the number itself, or the slot's index. */
  keys: Float64Array;
  /** Slot of each row; -1 when the row is not kept or has no x. */
  slotOfRow: Int32Array;
  /** The label of each slot, for text columns; null for numbers (labelled on demand). */
  labels: string[] | null;
  /** Whether the keys are positions in time or numbers (not arbitrary categories). */
  ordered: boolean;
}

function textSlots(column: Extract<Column, { codes: Int32Array }>, mask: Uint8Array): XSlots {
  const { codes, dictionary, keys } = column;
  const seen = new Uint8Array(dictionary.length);
  const order: number[] = [];
  // Stops once every value is seen: a file's years are all met in its first rows.
  for (let r = 0; r < codes.length && order.length < dictionary.length; r++) {
    const c = codes[r];
    if (!mask[r] || c < 0 || seen[c]) continue;
    seen[c] = 1;
    order.push(c);
  }
  const ordered = keys !== undefined && (column.type === 'period' || column.type === 'date');
  if (ordered) order.sort((a, b) => keys[a] - keys[b]);
  else order.sort((a, b) => a - b);
  const slotOfCode = new Int32Array(dictionary.length).fill(-1);
  order.forEach((code, slot) => (slotOfCode[code] = slot));
  const slotOfRow = new Int32Array(codes.length).fill(-1);
  for (let r = 0; r < codes.length; r++)
    if (mask[r] && codes[r] >= 0) slotOfRow[r] = slotOfCode[codes[r]];
  return {
    keys: Float64Array.from(order, (code, i) => (ordered ? keys[code] : i)),
    slotOfRow,
    labels: order.map((code) => dictionary[code]),
    ordered,
  };
}

function numberSlots(values: Float64Array, mask: Uint8Array): XSlots {
  const n = values.length;
  const slotOfRow = new Int32Array(n).fill(-1);
  // Fast path for the common big case: rows already in strictly increasing x.
  let increasing = true;
  let last = -Infinity;
  let count = 0;
  for (let r = 0; r < n; r++) {
    const v = values[r];
    if (!mask[r] || Number.isNaN(v)) continue;
    if (v <= last) increasing = false;
    last = v;
    count++;
  }
  if (increasing) {
    const keys = new Float64Array(count);
    let s = 0;
    for (let r = 0; r < n; r++) {
      if (!mask[r] || Number.isNaN(values[r])) continue;
      keys[s] = values[r];
      slotOfRow[r] = s++;
    }
    return { keys, slotOfRow, labels: null, ordered: true };
  }
  const all = new Float64Array(count);
  let k = 0;
  for (let r = 0; r < n; r++) if (mask[r] && !Number.isNaN(values[r])) all[k++] = values[r];
  all.sort();
  let u = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[u++] = all[i];
  const keys = all.slice(0, u);
  for (let r = 0; r < n; r++) {
    if (!mask[r] || Number.isNaN(values[r])) continue;
    slotOfRow[r] = lowerBound(keys, values[r]);
  }
  return { keys, slotOfRow, labels: null, ordered: true };
}

/** First index whose key is ≥ value (keys sorted ascending). */
export function lowerBound(keys: Float64Array, value: number, lo = 0, hi = keys.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Orders the kept rows' x values into slots: periods and dates by time, categories as listed. */
export function xSlots(column: Column, mask: Uint8Array): XSlots {
  return column.type === 'number' ? numberSlots(column.values, mask) : textSlots(column, mask);
}
