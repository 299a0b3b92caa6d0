import { findColumn, getColumn } from '../../data/columnValue';
import type { NumberColumn, Table, TextColumn } from '../../data/table';
import { ChartMemo } from '../config/chartMemo';
import { filterChoices, keepFilterChoices, type FilterChoice } from '../config/columnChoices';
import type { ChartConfig } from '../config/chartConfig';
import { keepChartData, prepareChartData, type ChartData } from './prepareChartData';
import type { SeriesData } from './seriesGrid';

/**
 * A chart's prepared data without its references to the table: what a worker sends so the
 * page's first draw of a million rows does not repeat the pass the worker already made.
 */
export interface ChartDataPayload {
  config: ChartConfig;
  /** The filter pickers' choices for this config. */
  choices: FilterChoice[];
  data: Omit<ChartData, 'table' | 'x' | 'ys' | 'split' | 'qualifier' | 'series'> & {
    series: (Omit<SeriesData, 'column'> & { column: string })[];
  };
}

/** Prepares a chart's data (in a worker) and lists the buffers to transfer with it. */
export function exportChartData(
  table: Table,
  config: ChartConfig,
): { payload: ChartDataPayload; transfer: ArrayBuffer[] } {
  const {
    table: _t,
    x: _x,
    ys: _y,
    split: _s,
    qualifier: _q,
    series,
    ...rest
  } = prepareChartData(table, config);
  const data = { ...rest, series: series.map((s) => ({ ...s, column: s.column.name })) };
  const buffers = [
    data.mask,
    data.slots.keys,
    data.slots.slotOfRow,
    ...data.series.flatMap((s) => [s.values, s.rows, s.counts]),
  ].map((a) => a.buffer);
  const transfer = [...new Set(buffers)].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
  return { payload: { config, choices: filterChoices(table, config), data }, transfer };
}

/**
 * Gives prepared data back its table's columns and keeps it in a memo for the table's first
 * draw: the memo of the charts of this table, to be passed in with their config.
 */
export function seedChartData(
  table: Table,
  payload: ChartDataPayload,
  memo = new ChartMemo(),
): ChartMemo {
  const { config, data } = payload;
  keepFilterChoices(memo, config, payload.choices);
  const split = config.series ? findColumn(table, config.series) : undefined;
  keepChartData(memo, config, {
    ...data,
    table,
    x: getColumn(table, config.x),
    ys: config.y.map((n) => getColumn(table, n)).filter((c) => c.type === 'number'),
    split: split && split.type !== 'number' ? (split as TextColumn) : undefined,
    qualifier: config.qualifier ? findColumn(table, config.qualifier) : undefined,
    series: data.series.map((s) => ({ ...s, column: getColumn(table, s.column) as NumberColumn })),
  });
  return memo;
}
