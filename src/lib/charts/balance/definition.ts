import { MEASURES, type ChartDefinition } from '../config/chartDefinition';
import type { ChartConfig } from '../config/chartConfig';
import { pickTime } from '../defaults/pickTime';
import type { Table } from '../../data/table';
import { buildBalanceSpec } from './buildBalanceSpec';
import { findFlowColumn } from './balanceData';

/** A balance over time, split by the flow column; a filter on the flow is dropped (it needs both). */
function adapt(table: Table, config: ChartConfig): ChartConfig {
  const flow = findFlowColumn(table, config.series);
  const time = pickTime(table);
  const filters = { ...config.filters };
  if (flow) delete filters[flow.name];
  if (time) delete filters[time.name];
  return {
    ...config,
    x: time?.name ?? config.x,
    series: flow?.name,
    filters,
    variant: config.variant ?? 'bars',
  };
}

export const balanceChart: ChartDefinition = {
  kind: 'balance',
  label: 'Balance',
  summary: 'Exports − imports per period from a flow column; several partners as small multiples.',
  dimensions: {
    x: { label: 'Period', accepts: ['period', 'date', 'number', 'category'], prefers: ['time'] },
    y: { ...MEASURES, multiple: false },
    series: { label: 'Flow', accepts: ['category'], prefers: ['flow'] },
  },
  variants: [
    { id: 'bars', label: 'Balance' },
    { id: 'flows', label: 'Balance with exports and imports' },
  ],
  defaults: { variant: 'bars', mode: 'values', scale: 'linear' },
  build: buildBalanceSpec,
  adapt,
};
