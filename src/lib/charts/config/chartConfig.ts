import type { ChartEdits } from '../edits/chartEdits';
import type { ChartMemo } from './chartMemo';
import type { MapClassing } from '../map/mapClassing';
import type { MapAtlas } from '../map/mapAtlasTypes';
import type { ChartKind, PointSource, Qualifier, SourceLine } from '../spec';

export type ChartMode = 'values' | 'index' | 'change';
export type ChartScale = 'linear' | 'log';
/**
 * Grouped or stacked (column, bar, area), ranked (bar), share of total (area); a balance alone
 * or with its exports and imports as lines (`flows`); two reporters' figures side by side with
 * the gap between them (`mirror`, a column chart).
 */
export type ChartVariant = 'grouped' | 'stacked' | 'ranked' | 'share' | 'bars' | 'flows' | 'mirror';
/** Series computed from a flow column's exports and imports. */
export type DerivedFlow = 'total' | 'balance';

/** An annotation in the data's terms (periods and values), placed by the spec builder. */
export type ChartAnnotation =
  | {
      kind: 'change';
      from: string;
      to: string;
      /** Series (id) whose values the change is read from; the first by default. */
      series?: string;
      label?: string;
      detail?: string;
    }
  | { kind: 'text'; at: string; text: string; value?: number; series?: string }
  | { kind: 'range'; from: string; to: string; label: string };

/** A point from another source laid over the chart, such as a press release's figure. */
export interface Overlay {
  id: string;
  label: string;
  period: string;
  key: number;
  value: number;
  qualifier?: Qualifier;
  source: PointSource;
}

/** Words a chart can be given instead of the ones derived from its data. */
export interface ChartText {
  title?: string;
  subtitle?: string;
  yLabel?: string;
  notes?: string[];
  /** How a gap is labelled; `{period}` is replaced by the period, `{series}` by the line's name. */
  gapLabel?: string;
}

/**
 * What to chart from a table: plain, serialisable data (it travels in URLs and embed codes).
 * Column names refer to the table; filters keep the rows whose value is listed.
 */
export interface ChartConfig {
  type: ChartKind;
  variant?: ChartVariant;
  /** Time or category column along x (a number column for scatter). */
  x: string;
  /** Measure columns; one series each unless `series` splits them. */
  y: string[];
  /** Category column whose values become series (partner, reporter, flow, entity). */
  series?: string;
  /**
   * How the starting chart chose the values of a column it shows (the five largest of 237
   * partners): said in a note for as long as the filter keeps just those values.
   */
  chosen?: { column: string; values: string[]; note: string };
  /**
   * The values an author picked in a column, set aside while a chart that shows every value
   * (a map) is drawn, and picked again when a chart that picks comes back.
   */
  setAside?: { column: string; values: string[] };
  /**
   * Ranked bars' own list of every economy of a column (groups left out): more than a link
   * holds, so a link leaves it out while the filter keeps just those, and the bars make it again.
   */
  everyEconomy?: { column: string; values: string[] };
  /** Column → values to keep; a column absent or empty keeps every row. */
  filters: Record<string, string[]>;
  mode: ChartMode;
  /** Base period of the index (mode `index`); the first period by default. */
  base?: string;
  scale: ChartScale;
  /** Keys of x shown (zoom); all of them when absent. */
  range?: [number, number];
  annotations: ChartAnnotation[];
  /** Series ids toggled off in the legend. */
  hidden?: string[];
  /** With `series` a flow column: add two-way total and/or balance, marked derived. */
  derived?: DerivedFlow[];
  /** A column holding each row's qualifier (lower-bound, derived, rounded, provisional). */
  qualifier?: string;
  /** Slope: the two periods compared (first and last by default). */
  periods?: [string, string];
  /** Bar: how many bars at most (the largest when ranked). */
  top?: number;
  /** Scatter: the column naming each point. */
  label?: string;
  overlays?: Overlay[];
  overlayLabel?: string;
  overlaySources?: SourceLine[];
  text?: ChartText;
  /** BCP 47 locale for numbers and dates; `en` by default. */
  locale?: string;
  /** What the author changed: words, number format, colours, value axis. */
  edits?: ChartEdits;
  /**
   * Mid-gesture (a wheel zoom in progress): dense charts skip what nobody can use until the
   * gesture settles (points for the pointer, the table), then are built again in full.
   */
  draft?: boolean;
  /**
   * Map: the world's outlines and country codes, loaded when a map is first drawn
   * (loadMapAtlas) and passed in at build time; never stored or put in a URL.
   */
  atlas?: MapAtlas;
  /** Map: how values are cut into classes; quantiles by default. */
  classes?: MapClassing;
  /** Map: the period drawn (a value of the time column); the latest when absent. */
  period?: string;
  /**
   * Treemap: the group drilled into — an HS section (`XVI`), chapter (`84`) or heading (`8471`),
   * or an SITC code; the whole composition when absent.
   */
  drill?: string;
  /**
   * Work kept from one draw to the next (a map's sums per period, its projected outlines), owned
   * by what keeps the chart on screen and passed in at build time; never stored or put in a URL.
   */
  memo?: ChartMemo;
}

/** The parts of a config that the interactive figure changes without rebuilding its data. */
export type ChartViewConfig = Pick<
  ChartConfig,
  'mode' | 'base' | 'scale' | 'range' | 'hidden' | 'draft' | 'classes' | 'period' | 'drill'
>;

/** The view a config starts from: the parts the interactive figure then changes. */
export function viewOfConfig(config: ChartConfig): Partial<ChartViewConfig> {
  const { mode, base, scale, range, hidden, classes, period, drill } = config;
  return { mode, base, scale, range, hidden, classes, period, drill };
}
