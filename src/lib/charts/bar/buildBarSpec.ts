import { editedAxis, WIDENED_NOTE } from '../edits/applyEdits';
import { scaleBand } from 'd3-scale';
import type { Table } from '../../data/table';
import { baseNotes } from '../build/chartNotes';
import { chartSubtitle, chartTitle } from '../build/chartText';
import { buildLegend } from '../build/buildLegend';
import { keyBarEstimates } from '../build/estimateKey';
import { seriesStyle } from '../build/seriesStyle';
import { showSeries } from '../build/showSeries';
import { stackValues } from '../build/stackValues';
import { valueAxisText } from '../build/valueLabel';
import { xWindow } from '../build/xWindow';
import { columnTable } from '../column/columnTable';
import { pointFactory } from '../data/pointFactory';
import { prepareChartData } from '../data/prepareChartData';
import { slotLabel } from '../data/slotLabel';
import { fitText, textWidth } from '../layout/textWidth';
import { valueScale } from '../layout/valueScale';
import { normalizeConfig, type ChartInput } from '../normalizeConfig';
import { sourceLines } from '../sourceLines';
import type { ChartBar, ChartSize, ChartSpec, Tick } from '../spec';
import { rankSlots } from './rankSlots';

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * A horizontal bar chart: a bar per category (partner, reporter, country), ranked largest
 * first by default and cut to the top N, with values written at the bars' ends. Series stack
 * or group. Category labels are cut to fit, never wrapped into the plot.
 */
export function buildBarSpec(table: Table, input: ChartInput, size: ChartSize): ChartSpec {
  const config = normalizeConfig(input, 'bar');
  const data = prepareChartData(table, config);
  const locale = config.locale ?? 'en';
  const ranked = config.variant === undefined || config.variant === 'ranked';
  const stacked = config.variant === 'stacked';
  const notes = baseNotes(data, config);
  const win = xWindow(data.slots.keys, []);
  const { shown } = showSeries(data, config, win, notes, false);
  const top = config.top ?? 15;
  const { slots, left } = rankSlots(shown, data.slots.keys.length, ranked || stacked, top);
  if (left) notes.add(`The ${slots.length} largest shown; ${left} more are in the data.`);
  const values = slots.map((i) => shown.map(({ s }) => s.values[i]));
  const stacks = values.map((v) => (stacked ? stackValues(v) : null));
  const all = stacked
    ? stacks.flatMap((st) => st?.flat() ?? [])
    : values.flat().filter((v) => !Number.isNaN(v));
  const lo = Math.min(0, ...all);
  const hi = Math.max(0, ...all);
  const axis = valueAxisText(data.unit, 'values', Math.max(Math.abs(lo), Math.abs(hi)), locale);
  const factory = pointFactory(data, 'values', locale, config.edits?.decimals);
  const labels = slots.map((i) => slotLabel(data, i, locale));
  const labelRoom = Math.min(
    size.width * 0.4,
    Math.max(40, ...labels.map((l) => textWidth(l, 11))) + 10,
  );
  const valueRoom =
    shown.length === 1
      ? Math.max(40, ...slots.map((i) => textWidth(factory.raw(shown[0].s.values[i]), 11))) + 8
      : 16;
  const plot = {
    left: Math.round(labelRoom),
    top: 22,
    width: Math.max(10, Math.round(size.width - labelRoom - valueRoom)),
    height: Math.max(10, size.height - 22 - 36),
  };
  const x = valueScale([lo, hi], [plot.left, plot.left + plot.width], {
    scale: 'linear',
    zero: true,
    count: Math.max(2, Math.floor(plot.width / 80)),
    label: axis.tick,
    ...editedAxis(config.edits, 'values'),
  });
  if (x.widened) notes.add(WIDENED_NOTE);
  const band = scaleBand<number>()
    .domain(slots)
    .range([plot.top, plot.top + plot.height])
    .paddingInner(0.25)
    .paddingOuter(0.15);
  const inner = scaleBand<number>()
    .domain(shown.map((_, k) => k))
    .range([0, band.bandwidth()])
    .paddingInner(shown.length > 1 && !stacked ? 0.1 : 0);
  const bars: ChartBar[] = [];
  slots.forEach((i, j) => {
    shown.forEach((sh, k) => {
      const v = values[j][k];
      const layer = stacked ? stacks[j]?.[k] : [0, v];
      if (!layer || Number.isNaN(v)) return;
      const y0 = round((band(i) ?? 0) + (stacked ? 0 : (inner(k) ?? 0)));
      const h = round(stacked ? band.bandwidth() : inner.bandwidth());
      const a = x(Math.min(layer[0], layer[1]));
      const b = x(Math.max(layer[0], layer[1]));
      const point = factory.make(sh.s, i, v, v < 0 ? a : b, round(y0 + h / 2));
      bars.push({
        id: point.id,
        x: a,
        y: y0,
        width: round(b - a),
        height: h,
        color: seriesStyle(sh.n).color,
        point,
        showValue: shown.length === 1,
      });
    });
  });
  const ticks: Tick[] = slots.map((i) => ({
    value: i,
    label: fitText(slotLabel(data, i, locale), labelRoom - 10, 11),
    pos: round((band(i) ?? 0) + band.bandwidth() / 2),
  }));
  const title = chartTitle(data, config);
  const legend = buildLegend(data, new Set(config.hidden ?? []), 'swatch');
  keyBarEstimates(bars, legend, notes, false);
  return {
    kind: 'bar',
    variant: stacked ? 'stacked' : ranked ? 'ranked' : 'grouped',
    width: size.width,
    height: size.height,
    plot,
    title,
    subtitle: chartSubtitle(data, config),
    description: `Bar chart${ranked ? ', largest first' : ''}. ${bars
      .slice(0, 20)
      .map(
        (b) =>
          `${b.point.period}${shown.length > 1 ? ` ${b.point.seriesLabel}` : ''}: ${b.point.valueLabel}`,
      )
      .join('; ')}.`,
    xAxis: { ticks: x.ticks, label: config.text?.yLabel ?? axis.label, grid: true },
    yAxis: { ticks, grid: false },
    series: [],
    bars,
    labels: [],
    annotations: [],
    legend,
    sources: sourceLines(table, data.ys, config.overlaySources ?? []),
    notes: notes.all,
    table: columnTable(data, config, shown, bars, slots, title),
    view: {
      mode: 'values',
      scale: 'linear',
      periods: [],
      range: win.range,
      domain: win.domain,
      xMap: null,
      zoomable: false,
      relative: false,
      loggable: false,
    },
    render: bars.length > 3000 ? 'canvas' : 'svg',
  };
}
