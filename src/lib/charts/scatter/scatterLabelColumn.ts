import { findColumn } from '../../data/columnValue';
import type { Column, Table } from '../../data/table';
import type { ChartConfig } from '../config/chartConfig';

const NAMING = ['entity', 'partner', 'reporter'] as const;

/** The column naming each scatter point: the config's, else the first entity, partner or reporter. */
export function scatterLabelColumn(table: Table, config: ChartConfig): Column | undefined {
  if (config.label) return findColumn(table, config.label);
  for (const role of NAMING) {
    const c = table.columns.find((col) => col.role === role && col.type !== 'number');
    if (c) return c;
  }
  return table.columns.find((c) => c.type === 'category');
}
