import type { ChartSize, ChartSpec, ChartView } from '../spec';

/** The view of a chart with nothing to zoom, index or log. */
export const STILL: ChartView = {
  mode: 'values',
  scale: 'linear',
  periods: [],
  range: [0, 0],
  domain: [0, 0],
  xMap: null,
  zoomable: false,
  relative: false,
  loggable: false,
};

/** Parts a chart kind may leave out: no axes, no marks of that sort, a still view, SVG. */
type Optional = 'xAxis' | 'yAxis' | 'series' | 'bars' | 'labels' | 'annotations' | 'legend';

/** What a chart kind gives the skeleton: its geometry and its own words. */
export type SpecParts = Omit<ChartSpec, 'width' | 'height' | Optional | 'view' | 'render'> &
  Partial<Pick<ChartSpec, Optional | 'render'>> & { view?: Partial<ChartView> };

/**
 * A whole spec from a chart kind's parts, the one place every kind's furniture is laid out (as
 * Observable Plot's `plot()` does for its marks): what a kind leaves out is empty, never absent,
 * so no renderer has to ask.
 */
export function assembleSpec(size: ChartSize, parts: SpecParts): ChartSpec {
  const { view, ...rest } = parts;
  return {
    width: size.width,
    height: size.height,
    xAxis: { ticks: [], grid: false },
    yAxis: { ticks: [], grid: false },
    series: [],
    bars: [],
    labels: [],
    annotations: [],
    legend: [],
    render: 'svg',
    ...rest,
    view: { ...STILL, ...view },
  };
}
