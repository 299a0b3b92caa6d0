import type { Table } from '../../data/table';
import { pickTime } from '../defaults/pickTime';

/**
 * Why a chart over time cannot chart a table, said in the type picker: its periods are one
 * (a year's Comtrade download), so a line would be a column of dots and a slope go nowhere.
 * Null when it has two or more, or no column of periods to tell.
 */
export function onePeriod(table: Table): string | null {
  const time = pickTime(table);
  if (!time) return null;
  const values =
    time.type === 'number'
      ? [...new Set(time.values)].filter((v) => !Number.isNaN(v)).map(String)
      : time.dictionary;
  return values.length === 1
    ? `needs two periods or more; this table has one (${values[0]})`
    : null;
}
