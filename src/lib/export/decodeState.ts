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

type FieldReader = (value: string, options: DecodeStateOptions) => Partial<ChartState>;

/** Fields that are text, checked for length, control characters and markup. */
const TEXT_FIELDS = [
  'x',
  'series',
  'base',
  'title',
  'source',
  'subtitle',
  'byline',
  'unit',
  'period',
  'drill',
  'valueunit',
  'highlight',
  'estimates',
] as const;

/** How each field of a link is read; a Map, so no key of a hostile link reaches a prototype. */
const FIELDS = new Map<string, FieldReader>([
  [
    'v',
    (value) =>
      value === STATE_VERSION ? {} : fail('This chart link was made by a newer Tradelens.'),
  ],
  [
    'dataset',
    (value, options) => {
      const id = text(value, 'dataset');
      const known = options.datasets ? options.datasets.includes(id) : DATASET_ID.test(id);
      if (!known) fail('The link names a dataset Tradelens does not have.');
      return { dataset: id };
    },
  ],
  ['src', (value) => ({ src: src(value) })],
  ['type', (value) => ({ type: oneOf(value, 'type', CHART_TYPES) })],
  ['mode', (value) => ({ mode: oneOf(value, 'mode', CHART_MODES) })],
  ['scale', (value) => ({ scale: oneOf(value, 'scale', CHART_SCALES) })],
  ['classes', (value) => ({ classes: oneOf(value, 'classes', CHART_CLASSES) })],
  ['labels', (value) => ({ labels: oneOf(value, 'labels', LABEL_PLACES) })],
  ['y', (value) => ({ y: list(value, 'y') })],
  ['range', (value) => ({ range: range(value) })],
  ['locale', (value) => ({ locale: locale(value) })],
  ['notes', (value) => ({ notes: list(value, 'notes') })],
  ['hidden', (value) => ({ hidden: list(value, 'hidden') })],
  ['decimals', (value) => ({ decimals: decimals(value) })],
  ['colors', (value) => ({ colors: colors(value) })],
  ['yrange', (value) => ({ yrange: yrange(value) })],
  ...TEXT_FIELDS.map((key): [string, FieldReader] => [
    key,
    (value) => ({ [key]: text(value, key) }),
  ]),
]);

function read(hash: string, options: DecodeStateOptions): ChartState {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body.length > STATE_LIMITS.hash)
    fail('This chart link is too long to be one Tradelens made.');
  if (!body) fail('This chart link holds no chart.');
  const seen = new Set<string>();
  let state: Partial<ChartState> = {};
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
    const field = FIELDS.get(key) ?? fail('The link holds a setting Tradelens does not know.');
    state = { ...state, ...field(value, options) };
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
