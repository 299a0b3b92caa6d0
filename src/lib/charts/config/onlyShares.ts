import type { NumberColumn, Table } from '../../data/table';
import type { ChartConfig } from './chartConfig';
import { pickMeasures } from '../defaults/pickMeasures';
import { rowMask } from '../prepare/rowMask';
import { measureUnit } from '../prepare/measureUnit';

// A table's columns never change once imported: each is told once (per chart's rows).
const told = new WeakMap<Table, Map<string, string | null>>();

const WHY =
  'needs amounts that add up; the values here are percentages, which do not add up to a whole';

/**
 * Why a chart of parts that add up (a treemap, stacked areas) cannot chart a table, said in the
 * type picker: every value it could chart is a percentage (exports as % of GDP), and
 * percentages do not add up to a whole. Null when one is an amount. Given the chart shown, its
 * own figures are judged, under its filters: a WEO file mixes amounts with growth rates, and a
 * chart of the rates is no whole either.
 */
export function onlyShares(
  table: Table,
  shown?: Pick<ChartConfig, 'y' | 'filters'>,
): string | null {
  const key = shown ? JSON.stringify([shown.y, shown.filters]) : '';
  let byChart = told.get(table);
  if (!byChart) told.set(table, (byChart = new Map()));
  if (byChart.has(key)) return byChart.get(key)!;
  const measures = (shown?.y.length ? shown.y : pickMeasures(table))
    .map((name) => table.columns.find((c) => c.name === name))
    .filter((c): c is NumberColumn => c?.type === 'number');
  const rows = rowMask(table, shown?.filters ?? {}).mask;
  const shares = measures.length > 0 && measures.every((c) => measureUnit(table, c, rows).percent);
  const why = shares ? WHY : shown ? onlyShares(table) : null;
  byChart.set(key, why);
  return why;
}
