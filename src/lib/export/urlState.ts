import { MAP_CLASSINGS, type MapClassing } from '../charts/map/mapClassing';
import { CHART_KINDS, type ChartKind } from '../charts/spec';

/** The chart types a state can ask for (as the CLI's `--type`). */
export const CHART_TYPES = CHART_KINDS;
export const CHART_MODES = ['values', 'index', 'change'] as const;
export const CHART_SCALES = ['linear', 'log'] as const;
export const CHART_CLASSES = MAP_CLASSINGS;

/** Everything that makes a chart what it is, small enough to live in a URL hash. */
export interface ChartState {
  /** A built-in dataset id, such as `release`. */
  dataset?: string;
  /** An absolute http(s) URL of a CSV file. */
  src?: string;
  type: ChartKind;
  x?: string;
  /** One or more value columns. */
  y?: string[];
  series?: string;
  /** Column → the values kept. */
  filters?: Record<string, string[]>;
  mode?: (typeof CHART_MODES)[number];
  /** The base period when `mode` is `index`. */
  base?: string;
  scale?: (typeof CHART_SCALES)[number];
  /** The x range shown, low to high. */
  range?: [number, number];
  title?: string;
  source?: string;
  /** BCP 47 locale of the chart's numbers and dates (`de-DE`); English when absent. */
  locale?: string;
  subtitle?: string;
  /** The author's notes, each shown as a line under the chart. */
  notes?: string[];
  byline?: string;
  /** The value axis's label. */
  unit?: string;
  /** What the measure's numbers are (`US$ million`, `%`, `tonnes`), when the file said otherwise or nothing. */
  valueunit?: string;
  /** Decimals of value labels and table cells. */
  decimals?: number;
  /** Series label → `#rrggbb`. */
  colors?: Record<string, string>;
  /** The value axis: from zero, or low to high. */
  yrange?: 'zero' | [number, number];
  /** Series (ids) hidden in the key. */
  hidden?: string[];
  /** Map: how values are cut into classes. */
  classes?: MapClassing;
  /** Map: the period drawn (a value of the time column). */
  period?: string;
  /** Treemap: the group drilled into (an HS section, chapter or heading; an SITC code). */
  drill?: string;
  /** The series (label) drawn in colour; the others grey. */
  highlight?: string;
  /** The period from which on values are estimates (drawn dashed). */
  estimates?: string;
  /** `ends`: series named at their line's end instead of in a key. */
  labels?: (typeof LABEL_PLACES)[number];
}

/** Where a chart names its series besides its key: at the end of each line. */
export const LABEL_PLACES = ['ends', 'key'] as const;

/** Bounds a state read from a URL must keep. */
export const STATE_LIMITS = {
  /** The whole hash, in characters as written (percent-encoded). */
  hash: 4096,
  /** Any one text value: a column, a filter value, a title. */
  text: 200,
  src: 2000,
  /** Values in one list (`y`, one filter). */
  list: 50,
  filters: 20,
} as const;

/** Version of the hash format, written first so links made today still open after it changes. */
export const STATE_VERSION = '1';

/** Lone surrogates cannot be percent-encoded; they become U+FFFD instead of throwing. */
const wellFormed = (s: string) =>
  s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
const enc = (s: string) => encodeURIComponent(wellFormed(s));
const list = (values: readonly string[]) => values.map(enc).join(',');
/** Shortest text that reads back as the same number, -0 included. */
export const numberText = (n: number) => (Object.is(n, -0) ? '-0' : String(n));

/**
 * A chart state as a readable URL hash (without the `#`): `v=1&dataset=release&type=column&…`,
 * keys in a fixed order, each value percent-encoded, lists joined with `,` (a `,` inside a value is
 * encoded), filters as `f.<column>=<value>,<value>`. {@link decodeState} reads it back.
 */
export function encodeState(state: ChartState): string {
  const pairs: [string, string][] = [['v', STATE_VERSION]];
  const put = (key: string, value: string | undefined) => {
    if (value !== undefined) pairs.push([key, enc(value)]);
  };
  put('dataset', state.dataset);
  put('src', state.src);
  put('type', state.type);
  put('x', state.x);
  if (state.y) pairs.push(['y', list(state.y)]);
  put('series', state.series);
  put('mode', state.mode);
  put('base', state.base);
  put('scale', state.scale);
  if (state.range) pairs.push(['range', state.range.map(numberText).join(',')]);
  put('title', state.title);
  put('source', state.source);
  put('locale', state.locale);
  put('subtitle', state.subtitle);
  if (state.notes?.length) pairs.push(['notes', list(state.notes)]);
  put('byline', state.byline);
  put('unit', state.unit);
  put('valueunit', state.valueunit);
  if (state.decimals !== undefined) pairs.push(['decimals', String(state.decimals)]);
  if (state.colors && Object.keys(state.colors).length)
    pairs.push([
      'colors',
      Object.entries(state.colors)
        .map(([label, color]) => `${enc(label)}:${enc(color)}`)
        .join(','),
    ]);
  if (state.yrange)
    pairs.push([
      'yrange',
      state.yrange === 'zero' ? 'zero' : state.yrange.map(numberText).join(','),
    ]);
  if (state.hidden?.length) pairs.push(['hidden', list(state.hidden)]);
  put('classes', state.classes);
  put('period', state.period);
  put('drill', state.drill);
  put('highlight', state.highlight);
  put('estimates', state.estimates);
  put('labels', state.labels);
  for (const [column, values] of Object.entries(state.filters ?? {}))
    pairs.push([`f.${enc(column)}`, list(values)]);
  return pairs.map(([key, value]) => `${key}=${value}`).join('&');
}
