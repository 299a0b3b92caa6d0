import type { ChartConfig } from '../charts/config';
import { switchChartType } from '../charts/switchChartType';
import type { Table } from '../data/table';
import type { ChartState } from './urlState';

export type ConfigFromState = { ok: true; config: ChartConfig } | { ok: false; error: string };

/**
 * Applies a link's state to a table's starting chart: type, columns, filters and view. Column
 * names are checked against the table, so a stale or hostile link says what is wrong instead
 * of drawing nonsense.
 */
export function configFromState(
  table: Table,
  base: ChartConfig,
  state: ChartState,
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
  let config =
    !state.type || state.type === base.type ? base : switchChartType(table, base, state.type);
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
  if (state.title) config = { ...config, text: { ...config.text, title: state.title } };
  if (state.locale) config = { ...config, locale: state.locale };
  return { ok: true, config };
}
