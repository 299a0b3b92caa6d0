/** Plain data that a renderer draws: pixels computed, text formatted, sources attached. */

export type Qualifier = 'lower-bound' | 'derived' | 'rounded' | 'provisional';

/** Where one point's number comes from. */
export interface PointSource {
  citationId: string;
  /** One line a reader can follow: who reported it, where. */
  text: string;
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
  value: number;
  valueLabel: string;
  period: string;
  qualifier?: Qualifier;
  source: PointSource;
}

export interface ChartSeries {
  id: string;
  label: string;
  /** Palette slot, 0-based; the renderer maps it to a colour for light, dark and print. */
  color: number;
  dash: 'solid' | 'dashed' | 'dotted';
  /** SVG path data; breaks where a value is missing, so a gap is drawn as a gap. */
  path: string;
  points: ChartPoint[];
  /** Periods inside the series' span with no value. */
  gaps: string[];
  /** Overlays are points from another source laid over the chart, drawn without a line. */
  overlay?: boolean;
}

export interface ChartBar {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  point: ChartPoint;
}

export interface Tick {
  value: number;
  label: string;
  /** Pixel position along the axis. */
  pos: number;
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
  | { kind: 'gap'; x: number; y1: number; y2: number; label: string }
  | { kind: 'bound'; x: number; y: number; label: string };

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

export interface ChartSpec {
  kind: 'line' | 'column';
  width: number;
  height: number;
  plot: { left: number; top: number; width: number; height: number };
  title: string;
  subtitle?: string;
  /** One or two sentences that say what the chart shows, for screen readers. */
  description: string;
  xAxis: { ticks: Tick[]; label?: string };
  yAxis: { ticks: Tick[]; label?: string };
  series: ChartSeries[];
  bars: ChartBar[];
  annotations: Annotation[];
  sources: SourceLine[];
  notes: string[];
  table: DataTable;
}

export interface ChartSize {
  width: number;
  height: number;
}
