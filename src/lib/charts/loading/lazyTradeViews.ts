import { emptySpec } from '../skeleton/emptySpec';
import type { ChartInput } from '../config/normalizeConfig';
import type { ChartKind, ChartSize, ChartSpec } from '../spec';
import type { Table } from '../../data/table';

type Views = typeof import('./tradeViews');
type Builder = (table: Table, input: ChartInput, size: ChartSize) => ChartSpec;

/** Whether a chart of this kind needs the builders fetched apart (the trade views and the rarer kinds). */
export const fetchedApart = (kind: string, variant?: string) =>
  ['balance', 'treemap', 'map', 'area', 'slope', 'scatter'].includes(kind) || variant === 'mirror';

/**
 * Stand-ins for the balance, treemap, map and mirror builders that fetch the real ones (with
 * d3-hierarchy and the map's code) once, the first time one is asked for: until then a chart of
 * these kinds says it is loading. `load` fetches them; it settles when they are in.
 */
export function lazyTradeViews<V extends Views>(fetchViews: () => Promise<V>) {
  let views: V | undefined;
  let loading: Promise<V> | undefined;
  const load = () => (loading ??= fetchViews().then((m) => (views = m)));
  const lazy =
    (kind: ChartKind, pick: (v: Views) => Builder): Builder =>
    (table, input, size) => {
      if (views) return pick(views)(table, input, size);
      void load();
      const title = input.text?.title ?? 'Loading…';
      return { ...emptySpec(kind, table, size, title, 'Loading the chart…'), why: undefined };
    };
  return {
    load,
    buildBalanceSpec: lazy('balance', (v) => v.buildBalanceSpec),
    buildTreemapSpec: lazy('treemap', (v) => v.buildTreemapSpec),
    buildMapSpec: lazy('map', (v) => v.buildMapSpec),
    buildMirrorSpec: lazy('column', (v) => v.buildMirrorSpec),
    buildAreaSpec: lazy('area', (v) => v.buildAreaSpec),
    buildSlopeSpec: lazy('slope', (v) => v.buildSlopeSpec),
    buildScatterSpec: lazy('scatter', (v) => v.buildScatterSpec),
    buildColumnSpec: lazy('column', (v) => v.buildColumnSpec),
    buildBarSpec: lazy('bar', (v) => v.buildBarSpec),
  };
}
