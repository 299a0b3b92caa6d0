import type { NumberColumn, Table } from '../../data/table';
import { pickMeasures } from '../defaults/pickMeasures';
import { anyBelowZero } from '../prepare/anyBelowZero';
import { measureUnit } from '../prepare/measureUnit';
import { rowMask } from '../prepare/rowMask';
import type { ChartConfig } from './chartConfig';

/** What the type picker needs to know of a chart's figures. */
export interface ShownFigures {
  /** Every measure is a percentage. */
  percent: boolean;
  /** Some kept figure is below zero. */
  negative: boolean;
}

// A table's columns never change once imported: each chart's figures are read once, not on
// every redraw of the type picker (a million rows are a mask and a pass each).
const read = new WeakMap<Table, Map<string, ShownFigures>>();

/**
 * The figures a chart shows (its measures under its filters), or with no chart the table's
 * own measures over every row: whether they are all percentages, and whether any is below zero.
 */
export function shownFigures(
  table: Table,
  shown?: Pick<ChartConfig, 'y' | 'filters'>,
): ShownFigures {
  const key = shown ? JSON.stringify([shown.y, shown.filters]) : '';
  let byChart = read.get(table);
  if (!byChart) read.set(table, (byChart = new Map()));
  const known = byChart.get(key);
  if (known) return known;
  const measures = (shown?.y.length ? shown.y : pickMeasures(table))
    .map((name) => table.columns.find((c) => c.name === name))
    .filter((c): c is NumberColumn => c?.type === 'number');
  // The type picker is drawn on the page's thread as a file's table comes: the rows are
  // masked only where a figure's own unit or sign leaves the filters to decide.
  let mask: Uint8Array | undefined;
  const kept = () => (mask ??= rowMask(table, shown?.filters ?? {}).mask);
  const figures = {
    percent: measures.length > 0 && measures.every((c) => measureUnit(table, c, kept).percent),
    negative: measures.some((c) => anyBelowZero(c.values) && anyBelowZero(c.values, kept())),
  };
  byChart.set(key, figures);
  return figures;
}
