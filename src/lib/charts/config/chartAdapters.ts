import type { Table } from '../../data/table';
import type { ChartKind } from '../spec';
import type { ChartConfig } from './chartConfig';
import { adaptBalance } from '../balance/adaptBalance';
import { adaptMap } from '../map/adaptMap';
import { adaptTreemap } from '../treemap/adaptTreemap';

/**
 * What a chart type changes in a config it is switched to (a treemap's one period and its split,
 * a map's places, a balance's flows). Kept with the type switch, apart from the charts'
 * definitions, so a page that never switches type never loads them.
 */
export const CHART_ADAPTERS: Partial<
  Record<ChartKind, (table: Table, config: ChartConfig) => ChartConfig>
> = {
  balance: adaptBalance,
  map: adaptMap,
  treemap: adaptTreemap,
};
