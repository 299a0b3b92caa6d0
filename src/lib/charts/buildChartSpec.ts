import type { Table } from '../data/table';
import { applyEdits } from './edits/applyEdits';
import { normalizeConfig, type ChartInput } from './config/normalizeConfig';
import { chartType } from './registry';
import type { ChartSize, ChartSpec } from './spec';

/**
 * The one entry from data to picture: a table, what to chart of it, and a size give a ChartSpec
 * (plain data). Pure: the same in the page, a worker, Node and the static renderer.
 */
export function buildChartSpec(table: Table, config: ChartInput, size: ChartSize): ChartSpec {
  const input = config.edits?.locale ? { ...config, locale: config.edits.locale } : config;
  const normal = normalizeConfig(input);
  return applyEdits(chartType(normal.type).build(table, normal, size), normal.edits);
}
