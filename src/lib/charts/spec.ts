/** Plain data that a renderer draws: pixels computed, text formatted, sources attached. */

import type { Paint, Shape } from './draw/shape';
import type { MapClassing } from './map/mapClassing';

/**
 * How sure a figure is. `derived-lower-bound`: worked out from a lower bound, so one itself (a
 * release's 2012 level, from its 2022 “exceeding $190 billion” and the growth since).
 */
export type Qualifier =
  'lower-bound' | 'derived' | 'derived-lower-bound' | 'rounded' | 'provisional' | 'estimate';

/** The chart types of the registry. */
/** Every kind of chart, listed once: the type, the registry, configs and links all read it. */
export const CHART_KINDS = [
  'line',
  'column',
  'bar',
  'area',
  'slope',
  'scatter',
  'map',
  'treemap',
  'balance',
] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** Where one point's number comes from. */
export interface PointSource {
  citationId: string;
  /** One line a reader can follow: who reported it, where. */
  text: string;
  /** The source's short name for a tooltip (its publisher), the full text one step away. */
  short?: string;
  url?: string;
  quote?: string;
  note?: string;
}

export interface ChartPoint {
  id: string;
  seriesId: string;
  seriesLabel: string;
  /** Pixel position of the point inside the svg. */
  x: number;
  y: number;
  /** The value as charted (an index or a % change in those modes). */
  value: number;
  valueLabel: string;
  period: string;
  qualifier?: Qualifier;
  /** The qualifier `estimate` comes from the chart's author, not the file. */
  authorEstimate?: true;
  /** The file's own flag on the value (`e`, `p`, `bep`), as written. */
  flag?: string;
  /** What else a reader should know: the value before indexing, a sum of rows, a file's flag. */
  detail?: string;
  source: PointSource;
  /** Treemap: the code a click or Enter on this tile drills into, when something lies below it. */
  drill?: string;
}

export type Dash = 'solid' | 'dashed' | 'dotted';

export interface ChartSeries {
  id: string;
  label: string;
  /** Palette slot, 0-based; the renderer maps it to a colour for light, dark and print. */
  color: number;
  dash: Dash;
  /** SVG path data; breaks where a value is missing, so a gap is drawn as a gap. */
  path: string;
  /** The stretches into and through estimated values, drawn dashed over no solid line. */
  estimatePath?: string;
  /**
   * The same line as pixel coordinates (NaN = a break), for dense series drawn on canvas: their
   * `path` is left empty and renderers that need one write it from these.
   */
  polyline?: { xs: Float64Array; ys: Float64Array };
  /** Filled area under (or between stacked layers of) the line, when the chart has one. */
  area?: string;
  points: ChartPoint[];
  /** Whether to draw a dot per point (false for dense or downsampled series). */
  dots: boolean;
  /** Periods inside the series' span with no value. */
  gaps: string[];
  /** Overlays are points from another source laid over the chart, drawn without a line. */
  overlay?: boolean;
  /** Computed from other series (balance, two-way total): drawn dashed and said in the notes. */
  derived?: boolean;
  /** The series an author highlighted: drawn thicker, over the others set back in grey. */
  strong?: true;
}

export interface ChartBar {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  color: number;
  point: ChartPoint;
  /** Print the value next to the bar (few bars, one series). */
  showValue: boolean;
}

/** An area a reader can point at: a map's country, a treemap's tile. */
export interface ChartRegion {
  id: string;
  /** Outline as SVG path data (a country), or a rectangle (a tile). */
  d?: string;
  rect?: { x: number; y: number; width: number; height: number };
  fill: Paint;
  /** Bounding box [x0, y0, x1, y1], for finding the region under the pointer. */
  box: [number, number, number, number];
  point: ChartPoint;
}

export interface Tick {
  value: number;
  label: string;
  /** Pixel position along the axis. */
  pos: number;
}

export interface Axis {
  ticks: Tick[];
  label?: string;
  /** Draw grid lines across the plot at the ticks. */
  grid: boolean;
  /** Category labels start at the plot's left edge, each above its band (a narrow bar chart). */
  labelsAbove?: boolean;
}

/** A label drawn on the chart itself, such as a slope chart's end values. */
export interface ChartLabel {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  color?: number;
  bold?: boolean;
  /** The series the label names, when it stands for a key entry (a line's end label). */
  series?: string;
}

export type Annotation =
  | {
      kind: 'change';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      label: string;
      detail: string;
    }
  /** Periods with no figure: one at `x`, or a run of them from `x` to `x2`; label may be empty. */
  | { kind: 'gap'; x: number; x2?: number; y1: number; y2: number; label: string }
  | { kind: 'bound'; x: number; y: number; label: string }
  | { kind: 'text'; x: number; y: number; label: string; anchor: 'start' | 'end' }
  | { kind: 'range'; x1: number; x2: number; y1: number; y2: number; label: string };

/** One entry of the key: a series that can be hidden, or a mark's meaning. */
export interface LegendItem {
  id: string;
  label: string;
  color: number;
  /** `estimate`: a dashed line with an open dot; `estimate-bar`: a lighter swatch. */
  symbol: 'line' | 'swatch' | 'dot' | 'bound' | 'ring' | 'estimate' | 'estimate-bar';
  dash: Dash;
  /** Series entries toggle; mark entries only explain. */
  toggles: boolean;
  hidden: boolean;
  /** Named on the chart itself, at the line's end: renderers leave it out of the key. */
  inline?: true;
}

export interface SourceLine {
  id: string;
  text: string;
  url?: string;
}

/** A chart's data as a table: the text alternative to the picture. */
export interface DataTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

/** What the reader can change on a chart, and what is applied now. */
export interface ChartView {
  mode: 'values' | 'index' | 'change';
  scale: 'linear' | 'log';
  base?: string;
  /** Periods a base can be chosen from (index mode). */
  periods: string[];
  /** The x keys shown, and all there are; equal when not zoomed. */
  range: [number, number];
  domain: [number, number];
  /** Pixel ↔ key along x, for brushing: key = k0 + (px − px0) × (k1 − k0) / (px1 − px0). */
  xMap: { px: [number, number]; keys: [number, number] } | null;
  /** The keys of the data's periods, ascending, so that a zoom lands on periods, not between them. */
  keys?: ArrayLike<number>;
  zoomable: boolean;
  relative: boolean;
  loggable: boolean;
  /** Why the figures are not offered as an index or % change, or on a log scale. */
  notRelative?: string;
  notLog?: string;
  /** Map: how its values are cut into classes (the control offers the other ways). */
  classes?: MapClassing;
  /** Map: the periods a slider steps through (two or more), and the one drawn. */
  timeline?: { label: string; periods: string[]; period: string };
  /**
   * Treemap: the groups drilled into, from the top (empty at the top); absent when its tiles
   * cannot be drilled into.
   */
  drill?: { id: string; label: string }[];
}

export interface ChartSpec {
  kind: ChartKind;
  variant?: string;
  width: number;
  height: number;
  plot: { left: number; top: number; width: number; height: number };
  title: string;
  subtitle?: string;
  /** Who made the chart (`Chart: A. Writer`), drawn with the sources. */
  byline?: string;
  /** Series colours the author chose, by paint (`series-3` → `#d62728`), over the theme's. */
  palette?: Record<string, string>;
  /** One or two sentences that say what the chart shows, for screen readers. */
  description: string;
  xAxis: Axis;
  yAxis: Axis;
  series: ChartSeries[];
  bars: ChartBar[];
  /** Countries of a map, tiles of a treemap: drawn under bars and lines, stepped through in order. */
  regions?: ChartRegion[];
  /** Drawn with the axes, under the marks: small multiples' own axes and titles, a map's outline. */
  guides?: Shape[];
  /** Drawn over the marks: tile labels, a map's key. */
  callouts?: Shape[];
  labels: ChartLabel[];
  annotations: Annotation[];
  legend: LegendItem[];
  sources: SourceLine[];
  notes: string[];
  table: DataTable;
  /**
   * The chart's figures as tidy rows for a download, when its points alone do not hold them:
   * every country of a map and every code of a treemap, drawn or not, with value, period, unit
   * and source. Numbers stay numbers.
   */
  records?: { columns: string[]; rows: (string | number | null)[][] };
  /**
   * What the points' values are in, as the file gives them (`USD million`, `%`), where an axis
   * may show them scaled (`US$ bn`): a download says it beside the raw numbers.
   */
  valueUnit?: string;
  view: ChartView;
  /** Canvas for many marks, SVG below a few thousand. */
  render: 'svg' | 'canvas';
  /** Why nothing is drawn (no flow column for a balance, no country for a map), when so. */
  why?: string;
}

export interface ChartSize {
  width: number;
  height: number;
}
