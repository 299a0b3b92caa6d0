import type { NumberColumn, TextColumn } from '../../data/table';
import { columnTitle } from '../words/humanName';
import { flagQualifier } from './flagQualifier';
import type { XSlots } from './xSlots';

/** One series on the x slots: a value per slot (NaN = no figure) and the row behind it. */
export interface SeriesData {
  id: string;
  label: string;
  /** The measure column the values come from (its unit and citation). */
  column: NumberColumn;
  values: Float64Array;
  /** The one row behind each value; -1 when there is none or several rows were summed. */
  rows: Int32Array;
  /** How many rows were summed into each value (0 where there is no figure). */
  counts: Int32Array;
  /** 1 where a value sums rows of which one at least is flagged an estimate. */
  estimated?: Uint8Array;
  /** Set for series computed from others, with how. */
  derived?: { formula: string };
  /** Value of the series column (partner, flow…) this series stands for. */
  key?: string;
}

/**
 * Sums the kept rows into a grid of series × x slots, one pass over the columns: a series per
 * measure, or per measure and value of the series column. Several rows landing on one slot
 * (commodities of one partner and year) are summed, and the count kept so it can be said.
 */
export function seriesGrid(
  ys: NumberColumn[],
  split: TextColumn | undefined,
  splitOrder: string[],
  mask: Uint8Array,
  slots: XSlots,
): SeriesData[] {
  const X = slots.keys.length;
  const groups = split ? splitOrder : [undefined];
  const groupOfCode = new Int32Array(split?.dictionary.length ?? 0).fill(-1);
  if (split) splitOrder.forEach((label, g) => (groupOfCode[split.dictionary.indexOf(label)] = g));
  const out: SeriesData[] = [];
  for (const y of ys)
    for (const key of groups) {
      const name = columnTitle(y);
      out.push({
        id: key === undefined ? y.name : ys.length > 1 ? `${y.name}|${key}` : key,
        label: key === undefined ? name : ys.length > 1 ? `${name}: ${key}` : key,
        column: y,
        values: new Float64Array(X).fill(NaN),
        rows: new Int32Array(X).fill(-1),
        counts: new Int32Array(X),
        key,
      });
    }
  const G = groups.length;
  const estimatedCode = ys.map((y) =>
    y.flags?.dictionary.map((f) => flagQualifier(f) === 'estimate'),
  );
  const slotOfRow = slots.slotOfRow;
  const codes = split?.codes;
  for (let r = 0; r < slotOfRow.length; r++) {
    const slot = slotOfRow[r];
    if (slot < 0 || !mask[r]) continue;
    const g = codes ? (codes[r] < 0 ? -1 : groupOfCode[codes[r]]) : 0;
    if (g < 0) continue;
    for (let k = 0; k < ys.length; k++) {
      const v = ys[k].values[r];
      if (Number.isNaN(v)) continue;
      const s = out[k * G + g];
      if (s.counts[slot] === 0) {
        s.values[slot] = v;
        s.rows[slot] = r;
      } else {
        s.values[slot] += v;
        s.rows[slot] = -1;
      }
      s.counts[slot]++;
      const est = estimatedCode[k];
      if (est && est[ys[k].flags!.codes[r]]) (s.estimated ??= new Uint8Array(X))[slot] = 1;
    }
  }
  return out;
}
