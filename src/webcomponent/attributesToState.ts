import {
  CHART_TYPES,
  decodeState,
  encodeState,
  type ChartState,
  type ChartType,
} from '../lib/export';
import type { DecodeStateResult } from '../lib/export';

/** The attributes `<trade-chart>` reads, as in the contract. */
export const ATTRIBUTES = [
  'dataset',
  'src',
  'type',
  'x',
  'y',
  'series',
  'title',
  'source',
  'locale',
] as const;

/** A link's refusal, said of the attribute the author wrote. */
function asAttributeError(error: string): string {
  return error
    .replace(/^The link’s data address/, 'The src address')
    .replace(/^The link’s “([^”]+)”/, 'The $1 attribute')
    .replace(/^The link names a dataset/, 'The dataset attribute names a dataset')
    .replace(/^The link names both .*$/, 'Give the chart a dataset or a src attribute, not both.');
}

/**
 * The element's attributes as a chart state, checked by the same rules as a link's: a relative
 * `src` is resolved against the page, and anything a link would refuse is refused here too.
 * Without a `type`, the state has none, and the dataset keeps its own kind of chart.
 */
export function attributesToState(
  get: (name: string) => string | null,
  baseUrl: string,
  datasets: readonly string[],
): DecodeStateResult {
  const type = get('type');
  if (type && !(CHART_TYPES as readonly string[]).includes(type))
    return { ok: false, error: `The type “${type}” is not one of ${CHART_TYPES.join(', ')}.` };
  const state: ChartState = { type: (type ?? 'line') as ChartType };
  const dataset = get('dataset');
  const src = get('src');
  if (!dataset && !src) return { ok: false, error: 'Give the chart a dataset or a src attribute.' };
  if (dataset) state.dataset = dataset;
  if (src) {
    try {
      state.src = new URL(src, baseUrl).href;
    } catch {
      return { ok: false, error: `The src “${src}” is not an address.` };
    }
  }
  for (const name of ['x', 'series', 'title', 'source', 'locale'] as const) {
    const v = get(name);
    if (v) state[name] = v;
  }
  const y = get('y');
  if (y)
    state.y = y
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const decoded = decodeState(encodeState(state), { datasets });
  if (!decoded.ok) return { ok: false, error: asAttributeError(decoded.error) };
  if (type) return decoded;
  const { type: _none, ...rest } = decoded.state;
  return { ok: true, state: rest as ChartState };
}
