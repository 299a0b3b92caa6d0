import type { Table } from '../../data/table';
import type { ChartConfig } from './chartConfig';
import { shownFigures } from './shownFigures';

/**
 * Why stacked areas cannot chart the figures shown: some are below zero (net flows, balances),
 * and a stack of layers that cross zero draws no whole, only folds. Null when none is, or when
 * no chart is shown to judge.
 */
export function belowZero(table: Table, shown?: Pick<ChartConfig, 'y' | 'filters'>): string | null {
  return shown && shownFigures(table, shown).negative
    ? 'needs figures of one sign to stack; some here are below zero (net flows, balances), which a line chart shows'
    : null;
}
