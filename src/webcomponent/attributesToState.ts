import type { ChartKind } from '../lib/charts/spec';
import { CHART_TYPES, decodeState, encodeState, type ChartState } from '../lib/export';
import type { DecodeStateResult } from '../lib/export';
import { splitColorList, splitList } from '../lib/export/attributeList';
import { STATE_ATTRIBUTES } from '../lib/export/stateAttributes';

/** The attributes `<trade-chart>` reads: every field of a chart's state. */
export const ATTRIBUTES = STATE_ATTRIBUTES;

/** A link's refusal, said of the attribute the author wrote. */
function asAttributeError(error: string): string {
  return error
    .replace(/^The link’s data address/, 'The src address')
    .replace(/^The link’s “([^”]+)”/, 'The $1 attribute')
    .replace(/^The link names a dataset/, 'The dataset attribute names a dataset')
    .replace(/^The link names both .*$/, 'Give the chart a dataset or a src attribute, not both.');
}

const items = (v: string, separator: string | RegExp = ',') =>
  v
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);
const numbers = (v: string): [number, number] => {
  const [a, b] = items(v).map((s) => (/^\s*$/.test(s) ? NaN : Number(s)));
  return [a, b];
};

/** The fields other than the data's address, as written by hand; decodeState then checks them. */
function readFields(get: (name: string) => string | null, state: ChartState) {
  for (const name of [
    'x',
    'series',
    'title',
    'source',
    'locale',
    'subtitle',
    'byline',
    'unit',
    'valueunit',
    'base',
    'period',
    'drill',
    'highlight',
    'estimates',
  ] as const) {
    const v = get(name)?.trim();
    if (v) state[name] = v;
  }
  const v = (name: string) => get(name)?.trim() || undefined;
  const y = v('y');
  if (y) state.y = splitList(y);
  const hidden = v('hidden');
  if (hidden) state.hidden = splitList(hidden);
  const notes = v('notes');
  if (notes) state.notes = items(notes, /\r?\n/);
  const decimals = v('decimals');
  if (decimals) state.decimals = /^\d$/.test(decimals) ? Number(decimals) : NaN;
  const mode = v('mode');
  if (mode) state.mode = mode as ChartState['mode'];
  const labels = v('labels');
  if (labels) state.labels = labels as ChartState['labels'];
  const classes = v('classes');
  if (classes) state.classes = classes as ChartState['classes'];
  const scale = v('scale');
  if (scale) state.scale = scale as ChartState['scale'];
  const yrange = v('yrange');
  if (yrange) state.yrange = yrange === 'zero' ? 'zero' : numbers(yrange);
  const range = v('range');
  if (range) state.range = numbers(range);
  const colors = v('colors');
  if (colors) state.colors = Object.fromEntries(splitColorList(colors));
  const filters = v('filters');
  if (filters)
    state.filters = Object.fromEntries(
      items(filters, ';').map((f) => {
        const at = f.indexOf('=');
        return at < 0 ? ['', ['']] : [f.slice(0, at).trim(), items(f.slice(at + 1), '|')];
      }),
    );
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
  const state: ChartState = { type: (type ?? 'line') as ChartKind };
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
  readFields(get, state);
  const decoded = decodeState(encodeState(state), { datasets });
  if (!decoded.ok) return { ok: false, error: asAttributeError(decoded.error) };
  if (type) return decoded;
  const { type: _none, ...rest } = decoded.state;
  return { ok: true, state: rest as ChartState };
}
