import { editedAxis, WIDENED_NOTE } from '../edits/applyEdits';
import { scaleBand } from 'd3-scale';
import { charted } from '../data/rebase';
import type { Table } from '../../data/table';
import { baseNotes } from '../build/chartNotes';
import { chartSubtitle, chartTitle } from '../build/chartText';
import { buildLegend } from '../build/buildLegend';
import { keyBarEstimates } from '../build/estimateKey';
import { placeAnnotations } from '../build/placeAnnotations';
import { seriesStyle } from '../build/seriesStyle';
import { showSeries } from '../build/showSeries';
import { stackValues, type Stack } from '../build/stackValues';
import { valueAxisText } from '../build/valueLabel';
import { xWindow } from '../build/xWindow';
import { pointFactory } from '../data/pointFactory';
import { prepareChartData } from '../data/prepareChartData';
import { slotLabel, slotOf, slotRawLabel } from '../data/slotLabel';
import { verticalValueAxis } from '../layout/verticalValueAxis';
import { fitText } from '../layout/textWidth';
import { normalizeConfig, type ChartInput } from '../normalizeConfig';
import { sourceLines } from '../sourceLines';
import type { Annotation, ChartBar, ChartSize, ChartSpec, Tick } from '../spec';
import { columnTable } from './columnTable';

const MARGIN = { top: 28, right: 16, bottom: 32, left: 52 };
const round = (v: number) => Math.round(v * 10) / 10;

/**
 * A column chart: a column per period (or category), series side by side (grouped) or stacked.
 * Lower bounds and derived values keep their qualifier; a stack missing a layer is left out.
 */
export function buildColumnSpec(table: Table, input: ChartInput, size: ChartSize): ChartSpec {
  const config = normalizeConfig(input, 'column');
  const data = prepareChartData(table, config);
  const locale = config.locale ?? 'en';
  const stacked = config.variant === 'stacked';
  const notes = baseNotes(data, config);
  const win = data.slots.ordered
    ? xWindow(data.slots.keys, [], config.range)
    : xWindow(data.slots.keys, []);
  const { shown, mode, baseSlot, baseLabel } = showSeries(data, config, win, notes, !stacked);
  if (config.scale === 'log')
    notes.add('Columns start at zero, so they are drawn on a linear scale.');
  const slots = Array.from({ length: win.hi - win.lo }, (_, i) => win.lo + i);
  const values = shown.map(({ s, rb }) => slots.map((i) => charted(rb, s.values[i])));
  const stacks: (Stack | null)[] = stacked
    ? slots.map((_, j) => stackValues(values.map((c) => c[j])))
    : [];
  if (stacked && stacks.some((st) => !st))
    notes.add('Periods where a layer has no figure are left out of the stack.');
  const all = stacked
    ? stacks.flatMap((st) => st?.flat() ?? [])
    : values.flat().filter((v) => !Number.isNaN(v));
  const lo = Math.min(0, ...all);
  const hi = Math.max(0, ...all);
  const axis = valueAxisText(
    data.unit,
    mode,
    Math.max(Math.abs(lo), Math.abs(hi)),
    locale,
    baseLabel,
  );
  // Headroom above the tallest column for value labels, the lower-bound arrow and a change label.
  const { y, plot } = verticalValueAxis(size, MARGIN, [lo, hi], {
    scale: 'linear',
    zero: true,
    label: axis.tick,
    headroom: shown.length === 1 ? 1.3 : 1,
    ...editedAxis(config.edits, mode),
  });
  if (y.widened) notes.add(WIDENED_NOTE);
  const x = scaleBand<number>()
    .domain(slots)
    .range([plot.left, plot.left + plot.width])
    .paddingInner(shown.length > 1 ? 0.25 : 0.45)
    .paddingOuter(0.3);
  const inner = scaleBand<number>()
    .domain(shown.map((_, k) => k))
    .range([0, x.bandwidth()])
    .paddingInner(shown.length > 1 ? 0.08 : 0);
  const factory = pointFactory(data, mode, locale, config.edits?.decimals);
  const bars: ChartBar[] = [];
  const showValue = shown.length === 1 && slots.length <= 12;
  slots.forEach((i, j) => {
    shown.forEach((sh, k) => {
      const v = values[k][j];
      const layer = stacked ? stacks[j]?.[k] : [0, v];
      if (!layer || Number.isNaN(v)) return;
      const left = round((x(i) ?? 0) + (stacked ? 0 : (inner(k) ?? 0)));
      const width = round(stacked ? x.bandwidth() : inner.bandwidth());
      const top = y(Math.max(layer[0], layer[1]));
      const base = y(Math.min(layer[0], layer[1]));
      const point = factory.make(sh.s, i, v, round(left + width / 2), v < 0 ? base : top);
      bars.push({
        id: point.id,
        x: left,
        y: top,
        width,
        height: round(base - top),
        color: seriesStyle(sh.n).color,
        point,
        showValue,
      });
    });
  });

  const annotations: Annotation[] = bars
    .filter((b) => b.point.qualifier === 'lower-bound')
    .map((b) => ({ kind: 'bound', x: b.point.x, y: b.y, label: 'lower bound' }));
  annotations.push(
    ...placeAnnotations(config.annotations ?? [], {
      plot,
      y,
      x: (period) => {
        const i = slotOf(data, period);
        return i >= win.lo && i < win.hi ? round((x(i) ?? 0) + x.bandwidth() / 2) : undefined;
      },
      mark: (period, id) => {
        const i = slotOf(data, period);
        const label = slotLabel(data, i, locale);
        const b = bars.find(
          (bar) => bar.point.period === label && (!id || bar.point.seriesId === id),
        );
        const sh = shown.find((s) => s.s.id === b?.point.seriesId);
        return b && sh
          ? { left: b.x, right: b.x + b.width, y: b.y, raw: sh.s.values[i] }
          : undefined;
      },
    }),
  );
  const every = Math.max(1, Math.ceil(slots.length / Math.max(2, Math.floor(plot.width / 56))));
  const ticks: Tick[] = slots
    .filter((_, j) => j % every === 0)
    .map((i) => ({
      value: data.slots.keys[i],
      label: fitText(slotLabel(data, i, locale), x.step() * every - 4, 11),
      pos: round((x(i) ?? 0) + x.bandwidth() / 2),
    }));
  const title = chartTitle(data, config);
  const legend = buildLegend(data, new Set(config.hidden ?? []), 'swatch');
  keyBarEstimates(bars, legend, notes, data.slots.ordered);
  return {
    kind: 'column',
    variant: stacked ? 'stacked' : 'grouped',
    width: size.width,
    height: size.height,
    plot,
    title,
    subtitle: chartSubtitle(data, config),
    description: describeColumns(bars, shown.length),
    xAxis: { ticks, grid: false },
    yAxis: {
      ticks: y.ticks,
      label: mode === 'values' ? (config.text?.yLabel ?? axis.label) : axis.label,
      grid: true,
    },
    series: [],
    bars,
    labels: [],
    annotations,
    legend,
    sources: sourceLines(table, data.ys, config.overlaySources ?? []),
    notes: notes.all,
    table: columnTable(data, config, shown, bars, slots, title),
    view: {
      mode,
      scale: 'linear',
      base: baseSlot >= 0 ? slotRawLabel(data, baseSlot) : undefined,
      periods:
        data.slots.keys.length <= 500
          ? Array.from(data.slots.keys, (_, i) => slotRawLabel(data, i))
          : [],
      range: win.range,
      domain: win.domain,
      xMap: data.slots.ordered
        ? { px: [plot.left, plot.left + plot.width], keys: win.range }
        : null,
      keys: data.slots.ordered ? data.slots.keys : undefined,
      zoomable: data.slots.ordered && data.slots.keys.length > 2,
      relative: !stacked,
      loggable: false,
    },
    render: bars.length > 3000 ? 'canvas' : 'svg',
  };
}

/** `Column chart. 2012: ≈ $88.0 bn (derived); 2022: > $190 bn (lower bound).` */
function describeColumns(bars: ChartBar[], series: number): string {
  const say = (b: ChartBar) =>
    `${series > 1 ? `${b.point.seriesLabel} ` : ''}${b.point.valueLabel}${b.point.qualifier ? ` (${b.point.qualifier.replace('-', ' ')})` : ''}`;
  const byPeriod = new Map<string, string[]>();
  for (const b of bars.slice(0, 60))
    byPeriod.set(b.point.period, [...(byPeriod.get(b.point.period) ?? []), say(b)]);
  return `Column chart. ${[...byPeriod].map(([p, v]) => `${p}: ${v.join(', ')}`).join('; ')}.`;
}
