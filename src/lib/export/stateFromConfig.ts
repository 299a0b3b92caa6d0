import { sameValues } from '../charts/prepare/rowMask';
import type { ChartConfig } from '../charts/config/chartConfig';
import type { ChartKind } from '../charts/spec';
import type { ChartState } from './urlState';
import { CHART_TYPES } from './urlState';

/** The part of a chart's config that a link or embed carries, with where its data comes from. */
export function stateFromConfig(
  config: ChartConfig,
  data: { dataset?: string; src?: string },
): ChartState {
  const type = (CHART_TYPES as readonly string[]).includes(config.type)
    ? (config.type as ChartKind)
    : 'line';
  // Ranked bars' own list of every economy is made again from the data, not carried.
  const every = config.everyEconomy;
  const own = (name: string, values: string[]) =>
    every?.column === name && sameValues(values, every.values);
  const filters = Object.fromEntries(
    Object.entries(config.filters ?? {}).filter(
      ([n, values]) => values.length > 0 && !own(n, values),
    ),
  );
  const state: ChartState = { ...data, type, x: config.x, y: [...config.y] };
  if (config.series) state.series = config.series;
  if (Object.keys(filters).length) state.filters = filters;
  if (config.mode !== 'values') state.mode = config.mode;
  if (config.mode === 'index' && config.base) state.base = config.base;
  if (config.scale !== 'linear') state.scale = config.scale;
  if (config.range) state.range = config.range;
  const locale = config.edits?.locale ?? config.locale;
  if (locale && locale !== 'en') state.locale = locale;
  if (config.hidden?.length) state.hidden = [...config.hidden];
  if (config.type === 'map' && config.classes && config.classes !== 'quantile')
    state.classes = config.classes;
  if (config.type === 'map' && config.period) state.period = config.period;
  if (config.type === 'treemap' && config.drill) state.drill = config.drill;
  const e = config.edits ?? {};
  if (e.title) state.title = e.title;
  if (e.subtitle) state.subtitle = e.subtitle;
  if (e.notes?.length) state.notes = [...e.notes];
  if (e.byline) state.byline = e.byline;
  if (e.unit) state.unit = e.unit;
  if (e.valueUnit) state.valueunit = e.valueUnit;
  if (e.decimals !== undefined) state.decimals = e.decimals;
  if (e.colors && Object.keys(e.colors).length) state.colors = { ...e.colors };
  if (e.yRange) state.yrange = e.yRange;
  if (e.highlight) state.highlight = e.highlight;
  if (e.estimatesFrom) state.estimates = e.estimatesFrom;
  if (e.labels) state.labels = e.labels;
  return state;
}
