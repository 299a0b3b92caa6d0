import {
  BROKEN,
  colors,
  DATASET_ID,
  decimals,
  fail,
  list,
  locale,
  oneOf,
  range,
  src,
  StateError,
  text,
  yrange,
} from './stateFields';
import {
  CHART_CLASSES,
  CHART_MODES,
  CHART_SCALES,
  CHART_TYPES,
  LABEL_PLACES,
  STATE_LIMITS,
  STATE_VERSION,
  type ChartState,
} from './urlState';

export type DecodeStateResult = { ok: true; state: ChartState } | { ok: false; error: string };

export interface DecodeStateOptions {
  /** The dataset ids this build has; without it, any id of the form `[a-z0-9-]{1,64}`. */
  datasets?: readonly string[];
}

function read(hash: string, options: DecodeStateOptions): ChartState {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body.length > STATE_LIMITS.hash)
    fail('This chart link is too long to be one Tradelens made.');
  if (!body) fail('This chart link holds no chart.');
  const seen = new Set<string>();
  const state: Partial<ChartState> = {};
  const filters: [string, string[]][] = [];
  for (const part of body.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    if (eq < 0) fail(BROKEN);
    const key = part.slice(0, eq);
    const value = part.slice(eq + 1);
    const name = key.startsWith('f.') ? `f.${text(key.slice(2), 'filter')}` : key;
    if (seen.has(name)) fail(`The link gives “${key.startsWith('f.') ? 'filter' : key}” twice.`);
    seen.add(name);
    if (key.startsWith('f.')) {
      if (filters.length >= STATE_LIMITS.filters) fail('The link has too many filters.');
      filters.push([name.slice(2), list(value, 'filter')]);
      continue;
    }
    switch (key) {
      case 'v':
        if (value !== STATE_VERSION) fail('This chart link was made by a newer Tradelens.');
        break;
      case 'dataset': {
        const id = text(value, key);
        const known = options.datasets ? options.datasets.includes(id) : DATASET_ID.test(id);
        if (!known) fail('The link names a dataset Tradelens does not have.');
        state.dataset = id;
        break;
      }
      case 'src':
        state.src = src(value);
        break;
      case 'type':
        state.type = oneOf(value, key, CHART_TYPES);
        break;
      case 'mode':
        state.mode = oneOf(value, key, CHART_MODES);
        break;
      case 'scale':
        state.scale = oneOf(value, key, CHART_SCALES);
        break;
      case 'classes':
        state.classes = oneOf(value, key, CHART_CLASSES);
        break;
      case 'labels':
        state.labels = oneOf(value, key, LABEL_PLACES);
        break;
      case 'y':
        state.y = list(value, key);
        break;
      case 'range':
        state.range = range(value);
        break;
      case 'locale':
        state.locale = locale(value);
        break;
      case 'notes':
        state.notes = list(value, key);
        break;
      case 'hidden':
        state.hidden = list(value, key);
        break;
      case 'decimals':
        state.decimals = decimals(value);
        break;
      case 'colors':
        state.colors = colors(value);
        break;
      case 'yrange':
        state.yrange = yrange(value);
        break;
      case 'x':
      case 'series':
      case 'base':
      case 'title':
      case 'source':
      case 'subtitle':
      case 'byline':
      case 'unit':
      case 'period':
      case 'drill':
      case 'valueunit':
      case 'highlight':
      case 'estimates':
        state[key] = text(value, key);
        break;
      default:
        fail('The link holds a setting Tradelens does not know.');
    }
  }
  if (!state.type) fail('The link does not say which kind of chart to draw.');
  if (state.dataset && state.src) fail('The link names both a dataset and a data address.');
  if (filters.length) state.filters = Object.fromEntries(filters);
  return state as ChartState;
}

/**
 * Reads a chart state from a URL hash (with or without `#`), checking every field: known keys,
 * types, modes and scales; dataset ids; only absolute http(s) data addresses; bounded lengths; no
 * control characters or markup in text; finite numbers. Never throws: a broken or hostile hash
 * gives `{ ok: false, error }`, a sentence to show as text.
 */
export function decodeState(hash: string, options: DecodeStateOptions = {}): DecodeStateResult {
  try {
    if (typeof hash !== 'string') fail(BROKEN);
    return { ok: true, state: read(hash, options) };
  } catch (e) {
    return { ok: false, error: e instanceof StateError ? e.message : BROKEN };
  }
}
