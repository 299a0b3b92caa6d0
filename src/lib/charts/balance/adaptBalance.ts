import type { Table } from '../../data/table';
import type { ChartConfig } from '../config/chartConfig';
import { pickTime } from '../defaults/pickTime';
import { findColumn } from '../../data/columnValue';
import { PLACE_ROLES } from '../../data/meaning/aggregates';
import { findFlowColumn } from './balanceData';

/**
 * A balance over time, split by the flow column; a filter on the flow is dropped (it needs
 * both), and so is the last chart's pick of its own series or categories (a column chart's five
 * leading commodities) unless they are places, which a balance draws as small multiples: a
 * balance is of all the trade the other filters keep.
 */
export function adaptBalance(table: Table, config: ChartConfig): ChartConfig {
  const flow = findFlowColumn(table, config.series);
  const time = pickTime(table);
  const filters = { ...config.filters };
  if (flow) delete filters[flow.name];
  if (time) delete filters[time.name];
  for (const name of [config.series, config.x]) {
    const column = name ? findColumn(table, name) : undefined;
    if (column && column.type !== 'number' && !PLACE_ROLES.has(column.role ?? ''))
      delete filters[column.name];
  }
  return {
    ...config,
    x: time?.name ?? config.x,
    series: flow?.name,
    filters,
    variant: config.variant ?? 'bars',
  };
}
