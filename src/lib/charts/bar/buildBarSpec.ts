import type { Table } from '../../data/table';
import { buildLegend } from '../skeleton/buildLegend';
import { keyBarEstimates } from '../skeleton/estimateKey';
import { refusedSpec, seriesChart, seriesSpec } from '../skeleton/seriesChart';
import { columnTable } from '../column/columnTable';
import { slotLabel } from '../prepare/slotLabel';
import { EDGE_INSET } from '../layout/edgeInset';
import { fitText } from '../layout/textWidth';
import type { ChartInput } from '../config/normalizeConfig';
import type { ChartBar, ChartSize, ChartSpec, Tick } from '../spec';
import { barFrame, LABEL_LINE } from './barFrame';
import { barMarks } from './barMarks';

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * A horizontal bar chart: a bar per category (partner, reporter, country), ranked largest
 * first by default and cut to the top N, with values written at the bars' ends. Series stack
 * or group. Category labels are cut to fit, never wrapped into the plot.
 */
export function buildBarSpec(table: Table, input: ChartInput, size: ChartSize): ChartSpec {
  const chart = seriesChart(table, input, 'bar');
  const refused = refusedSpec(chart, 'bar', size, chart.config.variant === 'stacked');
  if (refused) return refused;
  const { data, config, locale } = chart;
  const frame = barFrame(chart, size);
  const { slots, band, ranked, stacked, win } = frame;
  const bars = barMarks(frame);
  // Labels beside the bars share the room left of the plot; above them, the chart's width.
  const room = frame.above ? size.width - 2 * EDGE_INSET : frame.labelRoom - EDGE_INSET - 10;
  const ticks: Tick[] = slots.map((i) => ({
    value: i,
    label: fitText(slotLabel(data, i, locale), room, 11),
    pos: round((band(i) ?? 0) + (frame.above ? -LABEL_LINE / 2 : band.bandwidth() / 2)),
  }));
  const legend = buildLegend(data, new Set(config.hidden ?? []), 'swatch');
  keyBarEstimates(bars, legend, chart.notes, false);
  return seriesSpec(
    chart,
    { ...size, height: frame.height },
    {
      kind: 'bar',
      variant: stacked ? 'stacked' : ranked ? 'ranked' : 'grouped',
      plot: frame.plot,
      description: describeBars(bars, ranked, frame.shown.length),
      xAxis: { ticks: frame.x.ticks, label: frame.xLabel, grid: true },
      yAxis: { ticks, grid: false, ...(frame.above ? { labelsAbove: true } : {}) },
      bars,
      legend,
      table: columnTable(data, config, frame.shown, bars, slots, chart.title),
      view: { range: win.range, domain: win.domain },
      render: bars.length > 3000 ? 'canvas' : 'svg',
    },
  );
}

/** `Bar chart, largest first. China: $575.0 bn; Mexico: $475.6 bn.` */
function describeBars(bars: ChartBar[], ranked: boolean, series: number): string {
  const say = (b: ChartBar) =>
    `${b.point.period}${series > 1 ? ` ${b.point.seriesLabel}` : ''}: ${b.point.valueLabel}`;
  return `Bar chart${ranked ? ', largest first' : ''}. ${bars.slice(0, 20).map(say).join('; ')}.`;
}
