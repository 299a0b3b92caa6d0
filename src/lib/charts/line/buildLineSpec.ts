import type { Table } from '../../data/table';
import { baseNotes, thinnedNote } from '../build/chartNotes';
import { chartSubtitle, chartTitle } from '../build/chartText';
import { overlaySeries, overlayValues } from '../build/overlaySeries';
import { placeAnnotations } from '../build/placeAnnotations';
import { selectionExtent } from '../build/selectionExtent';
import { showSeries } from '../build/showSeries';
import { seriesTable } from '../build/seriesTable';
import { valueAxisText } from '../build/valueLabel';
import { xWindow } from '../build/xWindow';
import { editedAxis, WIDENED_NOTE } from '../edits/applyEdits';
import { downsampleM4, type Selection } from '../data/downsampleM4';
import { gapSlots } from '../data/gapSlots';
import { pointFactory } from '../data/pointFactory';
import { prepareChartData } from '../data/prepareChartData';
import { slotLabel, slotOf, slotRawLabel } from '../data/slotLabel';
import { verticalValueAxis } from '../layout/verticalValueAxis';
import { timeTicks } from '../layout/timeAxis';
import { normalizeConfig, type ChartInput } from '../normalizeConfig';
import { sourceLines } from '../sourceLines';
import type { Annotation, ChartSeries, ChartSize, ChartSpec } from '../spec';
import { keyEstimates } from '../build/estimateKey';
import { describeLines } from './describeLines';
import { lineLegend } from './lineLegend';
import { lineSeries } from './lineSeries';

const MARGIN = { top: 20, right: 16, bottom: 32, left: 52 };
/** Past this many points in view (before thinning), marks go to a canvas. */
export const CANVAS_POINTS = 3000;

/**
 * A line chart: a line per series over time, gaps left as gaps, overlays (a release's figures)
 * as marked points. Zoom (range), index/change modes and a log scale apply here; long series
 * are thinned per pixel column (M4) so a million points draw as a few thousand.
 */
export function buildLineSpec(table: Table, input: ChartInput, size: ChartSize): ChartSpec {
  const config = normalizeConfig(input, 'line');
  const data = prepareChartData(table, config);
  const locale = config.locale ?? 'en';
  const keys = data.slots.keys;
  const notes = baseNotes(data, config);
  const overlays = config.overlays ?? [];
  const win = xWindow(
    keys,
    overlays.map((o) => o.key),
    config.range,
  );
  const { shown, mode, scale, baseSlot, baseLabel } = showSeries(data, config, win, notes);
  const pixels = Math.max(10, Math.round(size.width - MARGIN.left - MARGIN.right));
  const picks = shown.map(({ s }) =>
    downsampleM4(keys, s.values, win.lo, win.hi, pixels, scale === 'log'),
  );
  const ov = overlayValues(
    config,
    mode,
    baseSlot >= 0 ? slotRawLabel(data, baseSlot) : undefined,
    notes,
  );

  let [lo, hi] = selectionExtent(shown, picks);
  for (const o of ov)
    if (scale === 'linear' || o.charted > 0)
      [lo, hi] = [Math.min(lo, o.charted), Math.max(hi, o.charted)];
  const axis = valueAxisText(
    data.unit,
    mode,
    Math.max(Math.abs(lo), Math.abs(hi)),
    locale,
    baseLabel,
  );
  const { y, plot } = verticalValueAxis(size, MARGIN, [lo, hi], {
    scale,
    zero: mode !== 'index',
    label: axis.tick,
    ...editedAxis(config.edits, mode),
  });
  if (y.widened) notes.add(WIDENED_NOTE);
  const [r0, r1] = win.range;
  const kx = plot.width / (r1 - r0 || 1);
  const xOf = (k: number) =>
    Math.round((plot.left + (r1 === r0 ? plot.width / 2 : (k - r0) * kx)) * 10) / 10;

  const factory = pointFactory(data, mode, locale, config.edits?.decimals);
  const canvas = (win.hi - win.lo) * shown.length > CANVAS_POINTS;
  // A draft (mid-zoom) of a dense chart draws its lines only.
  const draft = canvas && config.draft === true;
  let nonPositive = 0;
  let drawn = 0;
  let total = 0;
  let thinned = false;
  const gapsOf = new Map<string, number[]>();
  const series: ChartSeries[] = shown.map((sh, k) => {
    const sel: Selection = picks[k];
    nonPositive += sel.nonPositive;
    total += win.hi - win.lo - sel.missing - sel.nonPositive;
    thinned ||= sel.thinned;
    const line = lineSeries(sh, sel, {
      keys,
      xOf,
      y,
      factory,
      canvas,
      draft,
      plotWidth: plot.width,
    });
    drawn += line.drawn;
    const gaps =
      sel.thinned || !line.series.points.length ? [] : gapSlots(sh.s.values, win.lo, win.hi);
    gapsOf.set(sh.s.id, gaps);
    return { ...line.series, gaps: gaps.map((i) => slotLabel(data, i, locale)) };
  });
  const overlay = overlaySeries(config, ov, mode, data.unit, data.series.length, (key, v) => [
    xOf(key),
    y(v),
  ]);
  if (overlay) series.push(overlay);
  if (nonPositive)
    notes.add(
      `${nonPositive} values of zero or less cannot be shown on a log scale and are left out.`,
    );
  if (thinned) notes.add(thinnedNote(total, drawn, locale));

  const gapTemplate = config.text?.gapLabel ?? '{period}: no figure';
  const annotations: Annotation[] = [];
  const first = series.find((s) => !s.overlay);
  for (const i of (first && gapsOf.get(first.id)) ?? []) {
    const label = gapTemplate.replace('{period}', slotLabel(data, i, locale));
    annotations.push({
      kind: 'gap',
      x: xOf(keys[i]),
      y1: plot.top,
      y2: plot.top + plot.height,
      label,
    });
  }
  const byId = new Map(series.map((s) => [s.id, s]));
  annotations.push(
    ...placeAnnotations(config.annotations ?? [], {
      plot,
      y,
      x: (period) => {
        const i = slotOf(data, period);
        return i >= win.lo && i < win.hi ? xOf(keys[i]) : undefined;
      },
      mark: (period, id) => {
        const s = id ? byId.get(id) : series.find((x) => !x.overlay);
        const i = slotOf(data, period);
        const own = shown.find((x) => x.s.id === s?.id);
        const p = s?.points.find((q) => q.period === slotLabel(data, i, locale));
        if (!p || !own) return undefined;
        return { left: p.x, right: p.x, y: p.y, raw: own.s.values[i] };
      },
    }),
  );

  const legend = lineLegend(data, config);
  keyEstimates(series, legend, notes);
  const title = chartTitle(data, config);
  const periods = keys.length <= 500 ? Array.from(keys, (_, i) => slotRawLabel(data, i)) : [];
  return {
    kind: 'line',
    width: size.width,
    height: size.height,
    plot,
    title,
    subtitle: chartSubtitle(data, config),
    description: describeLines(series, data, win, locale),
    xAxis: {
      ticks: timeTicks(data, win.range, [plot.left, plot.left + plot.width], locale),
      grid: false,
    },
    yAxis: {
      ticks: y.ticks,
      label: mode === 'values' ? (config.text?.yLabel ?? axis.label) : axis.label,
      grid: true,
    },
    series,
    bars: [],
    labels: [],
    annotations,
    legend,
    sources: sourceLines(table, data.ys, config.overlaySources ?? []),
    notes: notes.all,
    table: draft
      ? { caption: title, columns: [], rows: [] }
      : seriesTable(data, config, shown, picks, win, mode, title),
    view: {
      mode,
      scale,
      base: baseSlot >= 0 ? slotRawLabel(data, baseSlot) : undefined,
      periods,
      range: win.range,
      domain: win.domain,
      xMap: { px: [plot.left, plot.left + plot.width], keys: win.range },
      keys: data.slots.keys,
      zoomable: data.slots.ordered && keys.length > 2,
      relative: true,
      loggable: true,
    },
    render: canvas ? 'canvas' : 'svg',
  };
}
