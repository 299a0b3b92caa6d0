import type { Table } from '../../data/table';
import { buildLegend } from '../skeleton/buildLegend';
import { placeAnnotations } from '../skeleton/placeAnnotations';
import { refusedSpec, seriesChart, seriesSpec, type SeriesChart } from '../skeleton/seriesChart';
import { seriesTable } from '../skeleton/seriesTable';
import { periodX, timeView } from '../skeleton/timeView';
import type { Selection } from '../prepare/downsampleM4';
import { slotLabel, slotOf } from '../prepare/slotLabel';
import { timeXAxis } from '../layout/timeAxis';
import type { ChartInput } from '../config/normalizeConfig';
import type { Annotation, ChartSeries, ChartSize, ChartSpec } from '../spec';
import { areaFrame, type AreaFrame } from './areaFrame';
import { areaSeries } from './areaSeries';

/**
 * A stacked area chart over time (`share`: each layer as a percentage of the period's total).
 * Periods where a layer has no figure are left out of the stack, so the total is never guessed.
 * Long series are sampled to about one period per pixel column.
 */
export function buildAreaSpec(table: Table, input: ChartInput, size: ChartSize): ChartSpec {
  const chart = seriesChart(table, input, 'area');
  const refused = refusedSpec(chart, 'area', size, true);
  if (refused) return refused;
  const { data, config, locale } = chart;
  const frame = areaFrame(chart, size);
  const { win, plot, share, slots, shown } = frame;
  const series = areaSeries(chart, frame);
  // The table lists the periods drawn, as a line chart's lists the points it kept.
  const picks: Selection[] = [
    {
      indices: Int32Array.from(slots),
      length: slots.length,
      missing: 0,
      nonPositive: 0,
      thinned: frame.every > 1,
    },
  ];
  return seriesSpec(chart, size, {
    kind: 'area',
    variant: share ? 'share' : 'stacked',
    plot,
    description: `Stacked area chart${share ? ' of shares' : ''}, ${slotLabel(data, win.lo, locale)} to ${slotLabel(data, win.hi - 1, locale)}: ${series.map((s) => s.label).join(', ')}.`,
    xAxis: timeXAxis(data, win.range, plot, size.width, locale),
    yAxis: { ticks: frame.y.ticks, label: frame.yLabel, grid: true },
    series,
    annotations: areaAnnotations(chart, frame, series),
    legend: buildLegend(data, new Set(config.hidden ?? []), 'swatch'),
    table: seriesTable(data, config, shown, picks, win, 'values', chart.title),
    view: timeView(data, win, plot),
    render: slots.length * shown.length > 3000 ? 'canvas' : 'svg',
  });
}

/** The config's annotations placed on the layers' tops (the last layer's by default). */
function areaAnnotations(
  { data, config, locale }: SeriesChart,
  frame: AreaFrame,
  series: ChartSeries[],
): Annotation[] {
  const byId = new Map(series.map((s) => [s.id, s]));
  return placeAnnotations(config.annotations, {
    plot: frame.plot,
    y: frame.y,
    x: periodX(data, frame.win, (i) => frame.xOf(data.slots.keys[i])),
    mark: (p, id) => {
      const s = id ? byId.get(id) : series[series.length - 1];
      const pt = s?.points.find((q) => q.period === slotLabel(data, slotOf(data, p), locale));
      return pt ? { left: pt.x, right: pt.x, y: pt.y, raw: pt.value } : undefined;
    },
  });
}
