import { editedAxis, WIDENED_NOTE } from '../edits/applyEdits';
import type { Table } from '../../data/table';
import { baseNotes } from '../build/chartNotes';
import { chartSubtitle, chartTitle } from '../build/chartText';
import { buildLegend } from '../build/buildLegend';
import { bandPath, linePath } from '../build/linePath';
import { placeAnnotations } from '../build/placeAnnotations';
import { seriesStyle } from '../build/seriesStyle';
import { seriesTable } from '../build/seriesTable';
import { showSeries } from '../build/showSeries';
import { stackValues } from '../build/stackValues';
import { valueAxisText } from '../build/valueLabel';
import { xWindow } from '../build/xWindow';
import type { Selection } from '../data/downsampleM4';
import { modeLabel, pointFactory } from '../data/pointFactory';
import { prepareChartData } from '../data/prepareChartData';
import { slotLabel, slotOf, slotRawLabel } from '../data/slotLabel';
import { verticalValueAxis } from '../layout/verticalValueAxis';
import { timeTicks } from '../layout/timeAxis';
import { normalizeConfig, type ChartInput } from '../normalizeConfig';
import { sourceLines } from '../sourceLines';
import type { ChartSeries, ChartSize, ChartSpec } from '../spec';
import { PLAIN_UNIT } from '../units/parseUnit';

const MARGIN = { top: 20, right: 16, bottom: 32, left: 52 };

/**
 * A stacked area chart over time (`share`: each layer as a percentage of the period's total).
 * Periods where a layer has no figure are left out of the stack, so the total is never guessed.
 * Long series are sampled to about one period per pixel column.
 */
export function buildAreaSpec(table: Table, input: ChartInput, size: ChartSize): ChartSpec {
  const config = normalizeConfig(input, 'area');
  const data = prepareChartData(table, config);
  const locale = config.locale ?? 'en';
  const share = config.variant === 'share';
  const keys = data.slots.keys;
  const notes = baseNotes(data, config);
  const win = xWindow(keys, [], config.range);
  const { shown } = showSeries(data, config, win, notes, false);
  const pixels = Math.max(10, Math.round(size.width - MARGIN.left - MARGIN.right));
  const every = Math.max(1, Math.ceil((win.hi - win.lo) / pixels));
  const slots: number[] = [];
  for (let i = win.lo; i < win.hi; i += every) slots.push(i);
  if (every > 1)
    notes.add(`Every ${every}th period drawn, to fit the width; zoom in for every period.`);
  const stacks = slots.map((i) =>
    stackValues(
      shown.map(({ s }) => s.values[i]),
      share,
    ),
  );
  if (stacks.some((st) => !st))
    notes.add('Periods where a layer has no figure are left out of the stack.');
  if (share) notes.add('Each layer as a percentage of the period’s total.');
  const all = stacks.flatMap((st) => st?.flat() ?? []);
  const lo = Math.min(0, ...all);
  const hi = Math.max(0, ...all);
  const unit = share ? { ...PLAIN_UNIT, percent: true } : data.unit;
  const axis = valueAxisText(unit, 'values', Math.max(Math.abs(lo), Math.abs(hi)), locale);
  const { y, plot } = verticalValueAxis(size, MARGIN, [lo, share ? 100 : hi], {
    scale: 'linear',
    zero: true,
    label: axis.tick,
    ...editedAxis(config.edits, share ? 'share' : 'values'),
  });
  if (y.widened) notes.add(WIDENED_NOTE);
  const [r0, r1] = win.range;
  const xOf = (k: number) =>
    Math.round((plot.left + ((k - r0) * plot.width) / (r1 - r0 || 1)) * 10) / 10;
  const factory = pointFactory(data, 'values', locale, config.edits?.decimals);
  const xs = slots.map((i) => xOf(keys[i]));
  const series: ChartSeries[] = shown.map(({ s, n }, k) => {
    const top = stacks.map((st) => (st ? y(st[k][1]) : NaN));
    const base = stacks.map((st) => (st ? y(st[k][0]) : NaN));
    const points = slots.flatMap((i, j) => {
      if (Number.isNaN(top[j])) return [];
      const p = factory.make(s, i, s.values[i], xs[j], top[j]);
      if (share)
        p.detail = [
          `Share: ${modeLabel(stacks[j]![k][1] - stacks[j]![k][0], 'change', locale).replace('+', '')}`,
          p.detail,
        ]
          .filter(Boolean)
          .join('. ');
      return [p];
    });
    return {
      id: s.id,
      label: s.label,
      ...seriesStyle(n),
      path: linePath(xs, top),
      area: bandPath(xs, top, base),
      points,
      dots: false,
      gaps: [],
      derived: s.derived ? true : undefined,
    };
  });
  const title = chartTitle(data, config);
  const picks: Selection[] = [
    {
      indices: Int32Array.from(slots),
      length: slots.length,
      missing: 0,
      nonPositive: 0,
      thinned: every > 1,
    },
  ];
  const byId = new Map(series.map((s) => [s.id, s]));
  return {
    kind: 'area',
    variant: share ? 'share' : 'stacked',
    width: size.width,
    height: size.height,
    plot,
    title,
    subtitle: chartSubtitle(data, config),
    description: `Stacked area chart${share ? ' of shares' : ''}, ${slotLabel(data, win.lo, locale)} to ${slotLabel(data, win.hi - 1, locale)}: ${series.map((s) => s.label).join(', ')}.`,
    xAxis: {
      ticks: timeTicks(data, win.range, [plot.left, plot.left + plot.width], locale),
      grid: false,
    },
    yAxis: {
      ticks: y.ticks,
      label: share ? '% of total' : (config.text?.yLabel ?? axis.label),
      grid: true,
    },
    series,
    bars: [],
    labels: [],
    annotations: placeAnnotations(config.annotations, {
      plot,
      y,
      x: (p) => {
        const i = slotOf(data, p);
        return i >= win.lo && i < win.hi ? xOf(keys[i]) : undefined;
      },
      mark: (p, id) => {
        const s = id ? byId.get(id) : series[series.length - 1];
        const pt = s?.points.find((q) => q.period === slotLabel(data, slotOf(data, p), locale));
        return pt ? { left: pt.x, right: pt.x, y: pt.y, raw: pt.value } : undefined;
      },
    }),
    legend: buildLegend(data, new Set(config.hidden ?? []), 'swatch'),
    sources: sourceLines(table, data.ys, config.overlaySources ?? []),
    notes: notes.all,
    table: seriesTable(data, config, shown, picks, win, 'values', title),
    view: {
      mode: 'values',
      scale: 'linear',
      periods: keys.length <= 500 ? Array.from(keys, (_, i) => slotRawLabel(data, i)) : [],
      range: win.range,
      domain: win.domain,
      xMap: { px: [plot.left, plot.left + plot.width], keys: win.range },
      keys: data.slots.keys,
      zoomable: data.slots.ordered && keys.length > 2,
      relative: false,
      loggable: false,
    },
    render: slots.length * shown.length > 3000 ? 'canvas' : 'svg',
  };
}
