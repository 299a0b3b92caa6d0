import { findColumn, getColumn } from '../../data/columnValue';
import type { Column, NumberColumn, Table, TextColumn } from '../../data/table';
import { publisherNameNotes } from '../../data/meaning/publisherNames';
import { ChartMemo } from '../config/chartMemo';
import type { ChartConfig } from '../config/chartConfig';
import { PLAIN_UNIT, type Unit } from '../units/parseUnit';
import { flowSeries, orderFlows } from './flowSeries';
import { chartUnit } from './chartUnit';
import { keptAmong, keptLabels, rowMask } from './rowMask';
import { seriesGrid, type SeriesData } from './seriesGrid';
import { tableFacts, type Fact } from './tableFacts';
import { totalsSummed } from './totalsSummed';
import { xSlots, type XSlots } from './xSlots';

/** Most series drawn at once; more would be a tangle. The largest are kept, and that is said. */
export const MAX_SERIES = 12;

/** A table reduced to what a chart draws: x slots, series on them, the unit, and what was done. */
export interface ChartData {
  table: Table;
  x: Column;
  slots: XSlots;
  series: SeriesData[];
  ys: NumberColumn[];
  split?: TextColumn;
  qualifier?: Column;
  unit: Unit;
  mask: Uint8Array;
  kept: number;
  /** What the reader should know about the selection: filters, sums, series left out. */
  notes: string[];
  /** Columns with one value among the kept rows, said in the subtitle: `Reporter: USA`. */
  facts: Fact[];
  /** What the table measures, when a column says (`Exports of goods and services (% of GDP)`). */
  indicator?: string;
}

export type DataConfig = Pick<
  ChartConfig,
  'x' | 'y' | 'series' | 'filters' | 'derived' | 'qualifier' | 'edits'
>;

function splitOrder(split: TextColumn, config: DataConfig, mask: Uint8Array): string[] {
  const wanted = config.filters[split.name];
  const chosen = wanted?.length ? keptAmong(split, mask, wanted) : [];
  const order = chosen.length ? chosen : keptLabels(split, mask);
  return split.role === 'flow' ? orderFlows(order) : order;
}

/** Keeps the MAX_SERIES largest series (by their sum) and says how many were left out. */
function capSeries(series: SeriesData[], notes: string[]): SeriesData[] {
  if (series.length <= MAX_SERIES) return series;
  const total = (s: SeriesData) => s.values.reduce((a, v) => (Number.isNaN(v) ? a : a + v), 0);
  const keep = new Set([...series].sort((a, b) => total(b) - total(a)).slice(0, MAX_SERIES));
  notes.push(
    `Showing the ${MAX_SERIES} largest of ${series.length} series; choose others in the filters.`,
  );
  return series.filter((s) => keep.has(s));
}

function build(table: Table, config: DataConfig): ChartData {
  const x = getColumn(table, config.x);
  const ys = config.y.map((name) => getColumn(table, name)).filter((c) => c.type === 'number');
  const split = config.series ? findColumn(table, config.series) : undefined;
  const splitText = split && split.type !== 'number' ? split : undefined;
  const { mask, kept } = rowMask(table, config.filters);
  const slots = xSlots(x, mask);
  const order = splitText ? splitOrder(splitText, config, mask) : [];
  const notes = publisherNameNotes([...(slots.labels ?? []), ...order]);
  let series = seriesGrid(ys, splitText, order, mask, slots);
  if (splitText?.role === 'flow' && config.derived?.length)
    series = [...series, ...flowSeries(series, config.derived)];
  series = capSeries(series, notes);
  const most = series.reduce((m, s) => s.counts.reduce((a, c) => Math.max(a, c), m), 0);
  if (most > 1) notes.push(`Each value is the sum of the rows it stands for (up to ${most}).`);
  const twice = most > 1 ? totalsSummed(table, mask, [config.x, config.series]) : undefined;
  if (twice) notes.push(twice);
  const used = [config.x, config.series, ...config.y];
  const { facts, indicator } = tableFacts(table, mask, used, kept ? config.filters : undefined);
  const measured = ys[0] ? chartUnit(table, ys[0], mask, config.edits) : { unit: PLAIN_UNIT };
  const unit = measured.unit;
  if (measured.note) notes.push(measured.note);
  return {
    table,
    x,
    slots,
    series,
    ys,
    split: splitText,
    qualifier: config.qualifier ? findColumn(table, config.qualifier) : undefined,
    unit,
    mask,
    kept,
    notes,
    facts,
    indicator,
  };
}

// Callers with no memo of their own (Node, the CLI, the worker) still reuse one pass per table
// object. Only this module writes here: prepared data from elsewhere goes to a chart's own memo.
const ownMemos = new WeakMap<Table, ChartMemo>();

function ownMemo(table: Table): ChartMemo {
  let memo = ownMemos.get(table);
  if (!memo) ownMemos.set(table, (memo = new ChartMemo(4)));
  return memo;
}

/**
 * The chart data for a table and the data part of a config, kept in the memo passed in (the
 * chart's, owned by whatever shows it), so zoom, hover, mode and scale changes reuse one pass
 * over a million rows.
 */
export function prepareChartData(table: Table, config: DataConfig, memo?: ChartMemo): ChartData {
  return (memo ?? ownMemo(table)).get(chartDataKey(config), () => build(table, config));
}

/** What a memo knows a config's data by. */
function chartDataKey(config: DataConfig): string {
  return JSON.stringify([
    'chart-data',
    config.x,
    config.y,
    config.series,
    config.filters,
    config.derived,
    config.qualifier,
    config.edits?.valueUnit,
  ]);
}

/** Keeps data prepared elsewhere (in the import worker) in a chart's memo for prepareChartData. */
export function keepChartData(memo: ChartMemo, config: DataConfig, data: ChartData): void {
  memo.keep(chartDataKey(config), data);
}
