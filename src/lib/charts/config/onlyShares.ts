import type { Table } from '../../data/table';
import type { ChartConfig } from './chartConfig';
import { shownFigures } from './shownFigures';

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
  return shownFigures(table, shown).percent || (shown && shownFigures(table).percent)
    ? 'needs amounts that add up; the values here are percentages, which do not add up to a whole'
    : null;
}
