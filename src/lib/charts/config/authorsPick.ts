import { sameValues } from '../prepare/rowMask';
import type { ChartConfig } from './chartConfig';

/** The values the author picked in a column's filter: none when all are kept, or the chart's own choice is. */
export function authorsPick(config: ChartConfig, column: string): string[] | undefined {
  const picked = config.filters[column];
  if (!picked?.length) return undefined;
  const own = config.chosen;
  return own?.column === column && sameValues(picked, own.values) ? undefined : picked;
}
