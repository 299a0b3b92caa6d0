import { sameValues } from '../prepare/rowMask';
import type { ChartConfig } from './chartConfig';

/**
 * The values the author picked in a column's filter: none when all are kept, or the chart's own
 * choice is (the leading few of a line, every economy of ranked bars).
 */
export function authorsPick(config: ChartConfig, column: string): string[] | undefined {
  const picked = config.filters[column];
  if (!picked?.length) return undefined;
  const own = [config.chosen, config.everyEconomy];
  return own.some((o) => o?.column === column && sameValues(picked, o.values)) ? undefined : picked;
}
