import type { Column, Table } from '../../data/table';
import type { ChartConfig } from './chartConfig';
import { inTimeOrder, keptLabels, rowMask } from '../prepare/rowMask';
import { authorsPick } from './authorsPick';
import { pickMeasures } from '../defaults/pickMeasures';
import { pickTime } from '../defaults/pickTime';
import { defaultChartConfig } from '../defaults/defaultChartConfig';
import { ALL_UP_TO, rankedEconomies, seriesSelection } from '../defaults/seriesSelection';
import { chartType } from '../registry';
import { CHART_ADAPTERS } from './chartAdapters';
import type { ChartKind } from '../spec';

const fits = (c: Column | undefined, kind: ChartKind, dim: 'x' | 'series') =>
  c !== undefined && chartType(kind).dimensions[dim].accepts.includes(c.type);

/** The table's first chart to go back to from a scatter; none when that is a scatter too. */
function leaveScatter(table: Table): ChartConfig | undefined {
  const first = defaultChartConfig(table);
  return first.type === 'scatter' ? undefined : first;
}

/** Every economy of a place column among the kept rows, for ranked bars; empty (all) else. */
function economiesOf(table: Table, name: string, filters: Record<string, string[]>): string[] {
  const column = table.columns.find((c) => c.name === name);
  if (!column || column.type === 'number') return [];
  return rankedEconomies(table, column, rowMask(table, filters).mask) ?? [];
}

/** Leaving a map, the pick the author made before it (see adaptMap) is the filter again. */
function pickedAgain(config: ChartConfig, kind: ChartKind): ChartConfig {
  const { setAside, ...rest } = config;
  if (!setAside || kind === 'map') return config;
  return { ...rest, filters: { ...rest.filters, [setAside.column]: setAside.values } };
}

/** Charts that draw each series over time, one line, column or layer per value. */
const OVER_TIME = new Set<ChartKind>(['line', 'column', 'area', 'slope']);

/** Charts of one period whose x is a place or category: ranked bars, a map, a treemap. */
const ONE_PERIOD = new Set<ChartKind>(['bar', 'map', 'treemap']);

/**
 * A map's period is its slider's, not a filter: another chart keeps it as a filter of that
 * period (the latest when the slider was not moved), so it does not add every period up.
 */
function periodAsFilter(table: Table, config: ChartConfig, time: Column | undefined): ChartConfig {
  const { period: _slider, ...rest } = config;
  if (config.type !== 'map' || !time || time.type === 'number') return rest;
  const periods = inTimeOrder(time, keptLabels(time, rowMask(table, config.filters).mask));
  const period = config.period && periods.includes(config.period) ? config.period : periods.at(-1);
  return period ? { ...rest, filters: { ...config.filters, [time.name]: [period] } } : rest;
}

/**
 * The filters of a chart over time split by `split` (ranked bars of every partner before): the
 * values picked, when a few were; else the leading economies, never every partner with World
 * and the EU stacked or summed among them.
 */
function overTime(
  table: Table,
  filters: Record<string, string[]>,
  split: string,
  y: string | undefined,
  time: Column,
): Record<string, string[]> {
  const column = table.columns.find((c) => c.name === split);
  const picked = filters[split] ?? [];
  if (!column || column.type === 'number' || (picked.length && picked.length <= ALL_UP_TO))
    return filters;
  const open = { ...filters, [split]: [] };
  const chosen = seriesSelection(table, column, y, time, rowMask(table, open).mask);
  return chosen ? { ...filters, [split]: chosen } : open;
}

/** Whether a number column holds two different figures among the kept rows. */
function varies(column: Column | undefined, mask: Uint8Array): boolean {
  if (column?.type !== 'number') return false;
  let first = NaN;
  for (let r = 0; r < mask.length; r++) {
    const v = column.values[r];
    if (!mask[r] || Number.isNaN(v)) continue;
    if (Number.isNaN(first)) first = v;
    else if (v !== first) return true;
  }
  return false;
}

/**
 * The config for another chart type, keeping what still fits: a line by partner becomes bars of
 * partners at the latest period, bars of partners become a line of them over time, a scatter
 * takes two measures. View settings the new type cannot show are reset.
 */
export function switchChartType(table: Table, from: ChartConfig, kind: ChartKind): ChartConfig {
  const def = chartType(kind);
  const col = (name?: string) => table.columns.find((c) => c.name === name);
  const time = pickTime(table);
  const shown = pickedAgain(from, kind);
  const config = kind === 'map' ? shown : periodAsFilter(table, shown, time);
  const next: ChartConfig = {
    ...config,
    ...def.defaults,
    type: kind,
    variant: def.variants[0]?.id,
    range: undefined,
    hidden: [],
  };
  const back = config.type === 'scatter' && kind !== 'scatter' ? leaveScatter(table) : undefined;
  if (kind === 'bar' && time && fits(col(config.series), 'bar', 'x') && col(config.x) === time) {
    // Over time by partner → partners ranked at the latest period.
    const periods = inTimeOrder(time, keptLabels(time, rowMask(table, config.filters).mask));
    next.x = config.series!;
    next.series = undefined;
    const latest = { ...config.filters, [config.series!]: [], [time.name]: periods.slice(-1) };
    // The partners the author picked stay; the leading few picked for the line make way for
    // every economy, ranked.
    const picked = authorsPick(config, config.series!);
    const every = picked ? undefined : economiesOf(table, config.series!, latest);
    next.filters = { ...latest, [config.series!]: picked ?? every! };
    next.everyEconomy = every && { column: config.series!, values: every };
    if (time.type === 'number') delete next.filters[time.name];
  } else if (
    kind !== 'bar' &&
    kind !== 'scatter' &&
    kind !== config.type &&
    ONE_PERIOD.has(config.type) &&
    time
  ) {
    next.series = config.x;
    next.x = time.name;
    const { [time.name]: _t, ...rest } = config.filters;
    // A treemap, map or balance shares out or sums every value: only lines and stacks pick.
    next.filters = OVER_TIME.has(kind) ? overTime(table, rest, config.x, next.y[0], time) : rest;
  } else if (back) {
    // Two measures against each other say nothing of time or series: start again from the
    // table's own first chart, keeping the author's words.
    const again = back.type === kind ? back : switchChartType(table, back, kind);
    return { ...again, text: config.text, edits: config.edits };
  } else if (kind === 'scatter') {
    // Figures first; a number that tells when (Comtrade's refMonth, 52 for a year) only last.
    const numbers = table.columns.filter((c) => c.type === 'number' && c.role !== 'code');
    const measures = [
      ...pickMeasures(table, false),
      ...numbers.filter((c) => c.role !== 'time').map((c) => c.name),
      ...numbers.filter((c) => c.role === 'time').map((c) => c.name),
    ];
    const others = [...new Set(measures)].filter((m) => m !== config.y[0]);
    // A column that is the same in every kept row (Comtrade+'s Qty, all 0) spreads no point.
    const mask = rowMask(table, config.filters).mask;
    next.x = others.find((m) => varies(col(m), mask)) ?? others[0] ?? config.y[0];
    next.y = config.y.slice(0, 1);
  } else if (!fits(col(config.x), kind, 'x') && time) next.x = time.name;
  if (next.series && !fits(col(next.series), kind, 'series')) next.series = undefined;
  if (!def.variants.length) next.variant = undefined;
  if (kind !== 'line' && kind !== 'column') next.mode = 'values';
  const adapt = CHART_ADAPTERS[kind];
  return adapt ? adapt(table, next) : next;
}
