import { parsePeriod } from '../../period';
import type { Column } from '../../table';

/**
 * The columns of a wide table that hold one period each (World Bank `1960`…`2022`, Eurostat
 * `2003 `, DataBank `1990 [YR1990]`): named like a period and numeric. Empty when the table
 * has fewer than two such columns, so a long table stays long.
 */
export function periodColumns(columns: readonly Column[]): Column[] {
  const named = columns.filter((c) => parsePeriod(c.name) !== null);
  const numeric = named.filter((c) => c.type === 'number');
  return numeric.length >= 2 && numeric.length * 2 >= named.length ? numeric : [];
}

/** `wide` when periods run across the columns, else `long`. */
export function detectShape(columns: readonly Column[]): 'wide' | 'long' {
  return periodColumns(columns).length > 0 ? 'wide' : 'long';
}
