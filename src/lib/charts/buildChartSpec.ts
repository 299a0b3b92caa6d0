import type { Table } from '../data/table';
import { aggregatesIn } from '../data/meaning/aggregates';
import { applyEdits } from './edits/applyEdits';
import type { ChartConfig } from './config/chartConfig';
import { normalizeConfig, type ChartInput } from './config/normalizeConfig';
import { chartType } from './registry';
import { sameValues } from './prepare/rowMask';
import { groupsAsReference } from './skeleton/groupsAsReference';
import type { ChartSize, ChartSpec } from './spec';

/**
 * The groups of economies (World, regions) among the values of the series column of a line,
 * slope or grouped column chart.
 */
function seriesGroups(table: Table, config: ChartConfig): Set<string> {
  const grouped = config.type === 'column' && (config.variant ?? 'grouped') === 'grouped';
  if (config.type !== 'line' && config.type !== 'slope' && !grouped) return new Set();
  const column = table.columns.find((c) => c.name === config.series);
  return new Set(column && column.type !== 'number' ? aggregatesIn(table, column) : []);
}

/**
 * The one entry from data to picture: a table, what to chart of it, and a size give a ChartSpec
 * (plain data). Pure: the same in the page, a worker, Node and the static renderer.
 */
export function buildChartSpec(table: Table, config: ChartInput, size: ChartSize): ChartSpec {
  const input = config.edits?.locale ? { ...config, locale: config.edits.locale } : config;
  const normal = normalizeConfig(input);
  const built = chartType(normal.type).build(table, normal, size);
  const groups = seriesGroups(table, normal);
  const spec = groupsAsReference(built, groups, normal.edits?.colors, normal.edits?.highlight);
  return applyEdits(withChoiceNote(spec, normal), normal.edits);
}

/** The chart with the note of how its starting values were chosen, while the filter keeps them. */
function withChoiceNote(spec: ChartSpec, config: ChartConfig): ChartSpec {
  const chosen = config.chosen;
  return chosen && sameValues(config.filters[chosen.column], chosen.values)
    ? { ...spec, notes: [...spec.notes, chosen.note] }
    : spec;
}
