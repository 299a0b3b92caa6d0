import type { Table } from '../../data/table';
import { baseNotes } from '../build/chartNotes';
import { chartSubtitle, chartTitle } from '../build/chartText';
import { buildLegend } from '../build/buildLegend';
import { seriesStyle } from '../build/seriesStyle';
import { showSeries } from '../build/showSeries';
import { valueAxisText } from '../build/valueLabel';
import { xWindow } from '../build/xWindow';
import { pointFactory } from '../data/pointFactory';
import { prepareChartData } from '../data/prepareChartData';
import { slotLabel, slotOf } from '../data/slotLabel';
import { fitText, textWidth } from '../layout/textWidth';
import { valueScale } from '../layout/valueScale';
import { normalizeConfig, type ChartInput } from '../normalizeConfig';
import { sourceLines } from '../sourceLines';
import type { ChartLabel, ChartSeries, ChartSize, ChartSpec } from '../spec';
import { formatChange } from '../format';
import { spreadLabels } from './spreadLabels';

/** The two slots compared: the config's periods, else the first and last with any value. */
function twoSlots(values: Float64Array[], count: number, chosen: number[]): [number, number] {
  if (chosen.length === 2 && chosen.every((i) => i >= 0)) return [chosen[0], chosen[1]];
  const has = (i: number) => values.some((v) => !Number.isNaN(v[i]));
  let a = 0;
  while (a < count - 1 && !has(a)) a++;
  let b = count - 1;
  while (b > a && !has(b)) b--;
  return [a, b];
}

/**
 * A slope chart: each series as a line between two periods, labelled at both ends with its
 * value (and its change on the right). Series missing either end are left out and said.
 */
export function buildSlopeSpec(table: Table, input: ChartInput, size: ChartSize): ChartSpec {
  const config = normalizeConfig(input, 'slope');
  const data = prepareChartData(table, config);
  const locale = config.locale ?? 'en';
  const notes = baseNotes(data, config);
  const win = xWindow(data.slots.keys, []);
  const { shown } = showSeries(data, config, win, notes, false);
  const [a, b] = twoSlots(
    shown.map(({ s }) => s.values),
    data.slots.keys.length,
    (config.periods ?? []).map((p) => slotOf(data, p)),
  );
  const both = shown.filter(({ s }) => !Number.isNaN(s.values[a]) && !Number.isNaN(s.values[b]));
  const missing = shown.filter((x) => !both.includes(x));
  if (missing.length)
    notes.add(
      `Left out, having no figure for one of the two periods: ${missing.map(({ s }) => s.label).join(', ')}.`,
    );
  const factory = pointFactory(data, 'values', locale, config.edits?.decimals);
  const leftText = both.map(({ s }) => `${s.label} ${factory.raw(s.values[a])}`);
  const rightText = both.map(
    ({ s }) => `${factory.raw(s.values[b])} ${formatChange((s.values[b] / s.values[a] - 1) * 100)}`,
  );
  const room = (texts: string[]) =>
    Math.min(size.width * 0.32, Math.max(40, ...texts.map((t) => textWidth(t, 11))) + 10);
  const plot = {
    left: Math.round(room(leftText)),
    top: 34,
    width: 0,
    height: Math.max(10, size.height - 34 - 16),
  };
  plot.width = Math.max(10, Math.round(size.width - plot.left - room(rightText)));
  const vals = both.flatMap(({ s }) => [s.values[a], s.values[b]]);
  const axis = valueAxisText(data.unit, 'values', Math.max(...vals.map(Math.abs), 0), locale);
  const log = config.scale === 'log' && vals.every((v) => v > 0);
  if (config.scale === 'log' && !log)
    notes.add('Values of zero or less cannot go on a log scale: shown on a linear scale.');
  const y = valueScale([Math.min(...vals), Math.max(...vals)], [plot.top + plot.height, plot.top], {
    scale: log ? 'log' : 'linear',
    zero: false,
    count: 5,
    label: axis.tick,
  });
  const x0 = plot.left;
  const x1 = plot.left + plot.width;
  const series: ChartSeries[] = both.map(({ s, n }) => {
    const p0 = factory.make(s, a, s.values[a], x0, y(s.values[a]));
    const p1 = factory.make(s, b, s.values[b], x1, y(s.values[b]));
    return {
      id: s.id,
      label: s.label,
      ...seriesStyle(n),
      dash: 'solid',
      path: `M${x0},${p0.y}L${x1},${p1.y}`,
      points: [p0, p1],
      dots: true,
      gaps: [],
      derived: s.derived ? true : undefined,
    };
  });
  const ly = spreadLabels(
    series.map((s) => s.points[0].y),
    13,
    plot.top,
    plot.top + plot.height,
  );
  const ry = spreadLabels(
    series.map((s) => s.points[1].y),
    13,
    plot.top,
    plot.top + plot.height,
  );
  const labels: ChartLabel[] = series.flatMap((s, k) => [
    {
      x: x0 - 8,
      y: ly[k],
      text: fitText(leftText[k], plot.left - 12, 11),
      anchor: 'end' as const,
      color: s.color,
    },
    { x: x1 + 8, y: ry[k], text: rightText[k], anchor: 'start' as const, color: s.color },
  ]);
  const title = chartTitle(data, config);
  const [pa, pb] = [slotLabel(data, a, locale), slotLabel(data, b, locale)];
  return {
    kind: 'slope',
    width: size.width,
    height: size.height,
    plot,
    title,
    subtitle: chartSubtitle(data, config),
    description: `Slope chart, ${pa} to ${pb}. ${series.map((s, k) => `${s.label}: ${s.points[0].valueLabel} to ${s.points[1].valueLabel} (${rightText[k].split(' ').pop()})`).join('; ')}.`,
    xAxis: { ticks: [], grid: false },
    yAxis: { ticks: [], grid: false },
    series,
    bars: [],
    labels: [
      ...labels,
      { x: x0, y: plot.top - 18, text: pa, anchor: 'middle', bold: true },
      { x: x1, y: plot.top - 18, text: pb, anchor: 'middle', bold: true },
    ],
    annotations: [],
    legend: buildLegend(data, new Set(config.hidden ?? []), 'line').map((l) => ({
      ...l,
      dash: 'solid',
    })),
    sources: sourceLines(table, data.ys, config.overlaySources ?? []),
    notes: notes.all,
    table: {
      caption: title,
      columns: ['Series', pa, pb, 'Change'],
      rows: series.map((s) => [
        s.label,
        s.points[0].valueLabel,
        s.points[1].valueLabel,
        formatChange((s.points[1].value / s.points[0].value - 1) * 100),
      ]),
    },
    view: {
      mode: 'values',
      scale: log ? 'log' : 'linear',
      periods: [],
      range: win.range,
      domain: win.domain,
      xMap: null,
      zoomable: false,
      relative: false,
      loggable: true,
    },
    render: 'svg',
  };
}
