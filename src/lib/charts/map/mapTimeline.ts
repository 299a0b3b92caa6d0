import type { Table, TextColumn } from '../../data/table';
import { keptLabels } from '../prepare/rowMask';
import { pickTime } from '../defaults/pickTime';

/** The periods a map steps through: its time column, and the periods of the kept rows in time order. */
export interface MapTimeline {
  column: TextColumn;
  periods: string[];
  /** Each period's code in the column's dictionary. */
  codes: number[];
}

/** The table's time column (not the countries' own) and its periods among the kept rows. */
export function mapTimeline(
  table: Table,
  x: TextColumn,
  mask: Uint8Array,
): MapTimeline | undefined {
  const time = pickTime(table);
  if (!time || time.type === 'number' || time.name === x.name) return undefined;
  const codeOf = new Map(time.dictionary.map((label, code) => [label, code]));
  const codes = keptLabels(time, mask).map((label) => codeOf.get(label)!);
  if (!codes.length) return undefined;
  const keys = time.keys;
  if (keys) codes.sort((a, b) => keys[a] - keys[b] || a - b);
  return { column: time, periods: codes.map((c) => time.dictionary[c]), codes };
}

/** The kept rows of one period (its code in the time column). */
export function periodMask(mask: Uint8Array, time: TextColumn, code: number): Uint8Array {
  const out = new Uint8Array(mask.length);
  const codes = time.codes;
  for (let r = 0; r < mask.length; r++) out[r] = mask[r] && codes[r] === code ? 1 : 0;
  return out;
}

/** Which period to draw: the one asked for when the rows have it, else the latest. */
export function periodIndex(timeline: MapTimeline | undefined, period?: string): number {
  if (!timeline) return 0;
  const at = period === undefined ? -1 : timeline.periods.indexOf(period);
  return at >= 0 ? at : timeline.periods.length - 1;
}
