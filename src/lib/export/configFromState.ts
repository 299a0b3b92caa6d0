import type { ChartConfig } from '../charts/config/chartConfig';
import { noEdits, type ChartEdits } from '../charts/edits/chartEdits';
import type { switchChartType } from '../charts/config/switchChartType';
import type { Table } from '../data/table';
import type { ChartState } from './urlState';

export type ConfigFromState = { ok: true; config: ChartConfig } | { ok: false; error: string };

/**
 * Applies a link's state to a table's starting chart: type, columns, filters and view. Column
 * names are checked against the table, so a stale or hostile link says what is wrong instead
 * of drawing nonsense. `switchType` (switchChartType) is passed in, so a host that rarely
 * switches (the web component) can fetch it only then.
 */
export function configFromState(
  table: Table,
  base: ChartConfig,
  state: ChartState,
  switchType: typeof switchChartType,
): ConfigFromState {
  const names = new Set(table.columns.map((c) => c.name));
  const missing = [state.x, state.series, ...(state.y ?? []), ...Object.keys(state.filters ?? {})]
    .filter((n): n is string => !!n)
    .find((n) => !names.has(n));
  if (missing)
    return {
      ok: false,
      error: `This chart link names a column the data does not have: “${missing}”.`,
    };
  const numeric = (n: string) => table.columns.find((c) => c.name === n)?.type === 'number';
  if (state.y?.some((n) => !numeric(n)))
    return { ok: false, error: 'This chart link asks to chart a column that holds no numbers.' };
  // A state without a type keeps the data's own kind of chart.
  let config = !state.type || state.type === base.type ? base : switchType(table, base, state.type);
  if (state.x) config = { ...config, x: state.x };
  if (state.y?.length) config = { ...config, y: state.y };
  if (state.series) config = { ...config, series: state.series };
  if (state.filters) config = { ...config, filters: { ...config.filters, ...state.filters } };
  config = {
    ...config,
    mode: state.mode ?? config.mode,
    base: state.base ?? config.base,
    scale: state.scale ?? config.scale,
    range: state.range ?? config.range,
  };
  if (state.locale) config = { ...config, locale: state.locale };
  if (state.hidden?.length) config = { ...config, hidden: state.hidden };
  if (state.classes) config = { ...config, classes: state.classes };
  if (state.period) config = { ...config, period: state.period };
  if (state.drill) config = { ...config, drill: state.drill };
  const edits = editsFromState(state);
  if (!noEdits(edits)) config = { ...config, edits: { ...config.edits, ...edits } };
  return { ok: true, config };
}

/** The author's edits a state carries (title, subtitle, notes, byline, unit and its scale, format, colours, axis). */
export function editsFromState(state: ChartState): ChartEdits {
  const edits: ChartEdits = {
    title: state.title,
    subtitle: state.subtitle,
    notes: state.notes?.length ? state.notes : undefined,
    byline: state.byline,
    unit: state.unit,
    valueUnit: state.valueunit,
    decimals: state.decimals,
    colors: state.colors && Object.keys(state.colors).length ? state.colors : undefined,
    yRange: state.yrange,
    locale: state.locale,
    highlight: state.highlight,
    estimatesFrom: state.estimates,
    labels: state.labels,
  };
  return Object.fromEntries(Object.entries(edits).filter(([, v]) => v !== undefined)) as ChartEdits;
}
