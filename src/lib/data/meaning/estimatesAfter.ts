import { periodColumns } from '../import/shape/detectShape';
import { parsePeriod, type Period } from '../period';
import type { Column, NumberColumn } from '../table';
import { dropUnusedFlags, flagWriter } from './flagWriter';

/** IMF WEO's `Estimates Start After`, and the same words said otherwise. */
const ESTIMATES_AFTER = /^(estimates?|projections?|forecasts?)\s+(start|begin)s?\s+after$/i;
const STEP: Record<Period['granularity'], number> = { year: 1, quarter: 0.25, month: 1 / 12 };

/** The flag an estimate carries, as Eurostat writes it. */
export const ESTIMATE_FLAG = 'e';

/** What was marked, for the import's issue: by which column, how many values, the first rows. */
export interface Marked {
  column: string;
  /** What the marks say: `estimates after each row's last reported period`. */
  what: string;
  count: number;
  rows: number[];
}

/** The first period that is an estimate in a row whose last reported period is `cell`. */
function firstEstimate(column: Column, row: number): number {
  let period: Period | null;
  if (column.type === 'number') {
    const v = column.values[row];
    period = Number.isInteger(v) ? parsePeriod(String(v)) : null;
  } else {
    const code = column.codes[row];
    period = code < 0 ? null : parsePeriod(column.dictionary[code]);
  }
  return period ? period.key + STEP[period.granularity] - 1e-9 : NaN;
}

/** The keys of a long table's time column, per row. */
function timeKeys(columns: Column[], rowCount: number): Float64Array | null {
  const time = columns.find((c) => c.role === 'time');
  if (!time) return null;
  const keys = new Float64Array(rowCount).fill(NaN);
  for (let r = 0; r < rowCount; r++) {
    if (time.type === 'number') keys[r] = time.values[r];
    else if (time.codes[r] >= 0) {
      const label = time.dictionary[time.codes[r]];
      keys[r] = time.keys ? time.keys[time.codes[r]] : (parsePeriod(label)?.key ?? NaN);
    }
  }
  return keys;
}

/**
 * Marks as estimates the values a file says are estimated by a per-row "last reported period"
 * (IMF WEO's `Estimates Start After`): in a wide table the period columns after it, in a long
 * one the rows whose period is after it. The column itself becomes a note, not a measure.
 * Returns what was marked, or null when the table has no such column.
 */
export function estimatesAfter(columns: Column[], rowCount: number): Marked | null {
  const after = columns.find((c) => ESTIMATES_AFTER.test(c.name.trim()));
  if (!after) return null;
  after.role = 'note';
  const what = "estimates (after each row's last reported period)";
  const marked: Marked = { column: after.name, what, count: 0, rows: [] };
  const wide = periodColumns(columns) as NumberColumn[];
  const measures = wide.length
    ? wide
    : columns.filter((c): c is NumberColumn => c.type === 'number' && c.role === 'measure');
  const periodKeys = wide.map((c) => parsePeriod(c.name)!.key);
  const times = wide.length ? null : timeKeys(columns, rowCount);
  if (!wide.length && !times) return marked;
  const writers = measures.map(flagWriter);
  for (let r = 0; r < rowCount; r++) {
    const from = firstEstimate(after, r);
    if (Number.isNaN(from)) continue;
    const before = marked.count;
    measures.forEach((_, k) => {
      const key = times ? times[r] : periodKeys[k];
      if (key >= from && writers[k].add(r, ESTIMATE_FLAG)) marked.count++;
    });
    if (marked.count > before && marked.rows.length < 3) marked.rows.push(r);
  }
  measures.forEach(dropUnusedFlags);
  return marked;
}
