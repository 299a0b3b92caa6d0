import type { NumberColumn, Table } from '../../data/table';
import { rowMask } from '../prepare/rowMask';
import type { ChartConfig } from './chartConfig';

/**
 * Why stacked areas cannot chart the figures shown: some are below zero (net flows, balances),
 * and a stack of layers that cross zero draws no whole, only folds. Null when none is, or when
 * no chart is shown to judge.
 */
export function belowZero(table: Table, shown?: Pick<ChartConfig, 'y' | 'filters'>): string | null {
  if (!shown) return null;
  const mask = rowMask(table, shown.filters).mask;
  for (const name of shown.y) {
    const column = table.columns.find((c) => c.name === name);
    if (column?.type !== 'number') continue;
    const { values } = column as NumberColumn;
    for (let r = 0; r < mask.length; r++)
      if (mask[r] && values[r] < 0)
        return 'needs figures of one sign to stack; some here are below zero (net flows, balances), which a line chart shows';
  }
  return null;
}
