import { emptySpec } from '../lib/charts/build/emptySpec';
import type { ChartInput } from '../lib/charts/normalizeConfig';
import type { ChartKind, ChartSize, ChartSpec } from '../lib/charts/spec';
import type { Table } from '../lib/data/table';

type Views = typeof import('./tradeViews');
type Builder = (table: Table, input: ChartInput, size: ChartSize) => ChartSpec;

let views: Views | undefined;
let loading: Promise<Views> | undefined;

/** Fetches the trade views' builders (trade-chart-views.js, next to the component) once. */
export function loadTradeViews(url: string): Promise<Views> {
  loading ??= import(/* @vite-ignore */ url).then((m: Views) => (views = m));
  return loading;
}

/** Whether a chart of this kind needs the trade views' file. */
export const isTradeView = (kind: string, variant?: string) =>
  ['balance', 'treemap', 'map'].includes(kind) || variant === 'mirror';

const lazy =
  (kind: ChartKind, pick: (v: Views) => Builder): Builder =>
  (table, input, size) =>
    views
      ? pick(views)(table, input, size)
      : {
          ...emptySpec(kind, table, size, input.text?.title ?? 'Loading…', 'Loading the chart…'),
          why: undefined,
        };

// In trade-chart.js these stand in for the builders (vite.config.wc.ts aliases them here).
export const buildBalanceSpec = lazy('balance', (v) => v.buildBalanceSpec);
export const buildTreemapSpec = lazy('treemap', (v) => v.buildTreemapSpec);
export const buildMapSpec = lazy('map', (v) => v.buildMapSpec);
export const buildMirrorSpec = lazy('column', (v) => v.buildMirrorSpec);
