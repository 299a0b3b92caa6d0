import { columnValue, getColumn } from '../data/columnValue';
import type { NumberColumn, Table } from '../data/table';
import type { Figure } from './figure';

export interface GrowthCheck {
  fromPeriod: string;
  toPeriod: string;
  from: number;
  to: number;
  /** Growth the series gives, in percent. */
  computed: number;
  /** Growth the source claims, in percent. */
  claimed: number;
  /** Whether the computed growth lies within the claim's rounding interval. */
  agrees: boolean;
}

/**
 * Checks a claimed growth figure (such as the release's +116 %) against a series: reads both
 * ends from the table, never from typed-in numbers.
 */
export function crossCheckGrowth(
  table: Table,
  mapping: { x: string; y: string },
  claim: Figure,
): GrowthCheck | null {
  const [fromPeriod, toPeriod] = claim.period.split('/');
  const x = getColumn(table, mapping.x);
  const y = getColumn(table, mapping.y) as NumberColumn;
  const valueAt = (period: string) => {
    for (let i = 0; i < table.rowCount; i++)
      if (String(columnValue(x, i)) === period) return y.values[i];
    return NaN;
  };
  const from = valueAt(fromPeriod);
  const to = valueAt(toPeriod);
  if (Number.isNaN(from) || Number.isNaN(to) || from === 0) return null;
  const computed = (to / from - 1) * 100;
  const low = claim.interval?.low ?? claim.value;
  const high = claim.interval?.high ?? claim.value;
  return {
    fromPeriod,
    toPeriod,
    from,
    to,
    computed,
    claimed: claim.value,
    agrees: computed >= low && computed <= high,
  };
}
