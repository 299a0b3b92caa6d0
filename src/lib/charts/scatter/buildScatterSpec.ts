import { columnTitle } from '../humanName';
import { findColumn, getColumn } from '../../data/columnValue';
import type { Column, NumberColumn, Table } from '../../data/table';
import { ChartNotes } from '../build/chartNotes';
import { seriesStyle } from '../build/seriesStyle';
import { keptLabels, rowMask } from '../data/rowMask';
import { chartUnit } from '../data/chartUnit';
import { measureUnit } from '../data/measureUnit';
import { tableFacts } from '../data/tableFacts';
import { plotFrame } from '../layout/plotFrame';
import { valueScale } from '../layout/valueScale';
import { normalizeConfig, type ChartInput } from '../normalizeConfig';
import { pointSource } from '../pointSource';
import { sourceLines } from '../sourceLines';
import type {
  ChartPoint,
  ChartSeries,
  ChartSize,
  ChartSpec,
  LegendItem,
  PointSource,
} from '../spec';
import { axisUnitLabel, displayStep, formatAmount, numberFormat } from '../units/formatAmount';
import { scatterLabelColumn } from './scatterLabelColumn';

const MARGIN = { top: 20, right: 16, bottom: 40, left: 52 };
/** Past this many points, one point per 2 × 2 pixel cell is kept (the rest would draw on top). */
const DENSE = 5000;

const nameOf = (c: Column) => columnTitle(c);

/**
 * A scatter plot of one measure against another, a point per kept row, coloured by the series
 * column and named by the label column (a country, a partner). A log scale applies to both
 * axes and leaves out values of zero or less, saying how many. Dense clouds keep one point per
 * 2 × 2 pixels.
 */
export function buildScatterSpec(table: Table, input: ChartInput, size: ChartSize): ChartSpec {
  const config = normalizeConfig(input, 'scatter');
  const locale = config.locale ?? 'en';
  const notes = new ChartNotes();
  config.text?.notes?.forEach((n) => notes.add(n));
  const xc = getColumn(table, config.x) as NumberColumn;
  const yc = getColumn(table, config.y[0]) as NumberColumn;
  const split = config.series ? findColumn(table, config.series) : undefined;
  const splitText = split && split.type !== 'number' ? split : undefined;
  const labelCol = scatterLabelColumn(table, config);
  const { mask } = rowMask(table, config.filters);
  const log = config.scale === 'log';
  const groups = splitText ? keptLabels(splitText, mask) : [nameOf(yc)];
  const groupOf = (r: number) =>
    splitText ? groups.indexOf(splitText.dictionary[splitText.codes[r]]) : 0;
  const hidden = new Set(config.hidden ?? []);
  const rows: number[] = [];
  let dropped = 0;
  for (let r = 0; r < table.rowCount; r++) {
    const xv = xc.values[r];
    const yv = yc.values[r];
    if (!mask[r] || Number.isNaN(xv) || Number.isNaN(yv)) continue;
    if (log && (xv <= 0 || yv <= 0)) {
      dropped++;
      continue;
    }
    if (splitText && (splitText.codes[r] < 0 || hidden.has(groups[groupOf(r)]))) continue;
    rows.push(r);
  }
  if (dropped)
    notes.add(
      `${dropped} points with a value of zero or less cannot go on log axes and are left out.`,
    );
  const ext = (c: NumberColumn) =>
    rows.reduce(
      ([a, b], r) => [Math.min(a, c.values[r]), Math.max(b, c.values[r])],
      [Infinity, -Infinity],
    );
  const xUnit = measureUnit(table, xc, mask);
  const { unit: yUnit, note: unitNote } = chartUnit(table, yc, mask, config.edits);
  notes.add(unitNote);
  const fmt = (u: typeof xUnit, mag: number) => {
    const step = displayStep(mag, u)[0] / u.scale;
    const nf = numberFormat(locale, { maximumFractionDigits: 2 });
    return {
      label: axisUnitLabel(u, displayStep(mag, u)),
      tick: (v: number) => nf.format(v / step),
    };
  };
  const [ylo, yhi] = ext(yc);
  const [xlo, xhi] = ext(xc);
  const yt = fmt(yUnit, Math.max(Math.abs(ylo), Math.abs(yhi)));
  const xt = fmt(xUnit, Math.max(Math.abs(xlo), Math.abs(xhi)));
  const bottom = size.height - MARGIN.bottom;
  const y = valueScale([ylo, yhi], [bottom, MARGIN.top], {
    scale: log ? 'log' : 'linear',
    zero: false,
    count: Math.max(2, Math.floor((bottom - MARGIN.top) / 50)),
    label: yt.tick,
  });
  const plot = plotFrame(
    size,
    MARGIN,
    y.ticks.map((t) => t.label),
  );
  const x = valueScale([xlo, xhi], [plot.left, plot.left + plot.width], {
    scale: log ? 'log' : 'linear',
    zero: false,
    count: Math.max(2, Math.floor(plot.width / 80)),
    label: xt.tick,
  });
  const sources = new Map<string, PointSource>();
  const sourceOf = (r: number): PointSource => {
    if (table.provenance.rowSources?.columns.includes(yc.name)) return pointSource(table, yc, r);
    let s = sources.get(yc.name);
    if (!s) sources.set(yc.name, (s = pointSource(table, yc, -1)));
    return s;
  };
  const byGroup: ChartPoint[][] = groups.map(() => []);
  const seen = new Set<number>();
  const dense = rows.length > DENSE;
  for (const r of rows) {
    const px = x(xc.values[r]);
    const py = y(yc.values[r]);
    if (dense) {
      const cell = Math.floor(px / 2) * 100_000 + Math.floor(py / 2);
      if (seen.has(cell)) continue;
      seen.add(cell);
    }
    const g = groupOf(r);
    const name = labelCol
      ? String(
          labelCol.type === 'number'
            ? labelCol.values[r]
            : (labelCol.dictionary[labelCol.codes[r]] ?? `Row ${r + 1}`),
        )
      : `Row ${r + 1}`;
    byGroup[g].push({
      id: `${groups[g]}:${r}`,
      seriesId: groups[g],
      seriesLabel: groups[g],
      x: px,
      y: py,
      value: yc.values[r],
      valueLabel: `${nameOf(yc)}: ${formatAmount(yc.values[r], yUnit, { locale })}`,
      period: name,
      detail: `${nameOf(xc)}: ${formatAmount(xc.values[r], xUnit, { locale })}`,
      source: sourceOf(r),
    });
  }
  const drawn = byGroup.reduce((a, g) => a + g.length, 0);
  if (dense) notes.add(`${rows.length} points drawn as ${drawn}: one per 2 × 2 pixels.`);
  const series: ChartSeries[] = groups
    .map((label, n) => ({
      id: label,
      label,
      ...seriesStyle(n),
      path: '',
      points: byGroup[n],
      dots: true,
      gaps: [],
    }))
    .filter((s) => s.points.length);
  const legend: LegendItem[] = splitText
    ? groups.map((label, n) => ({
        id: label,
        label,
        ...seriesStyle(n),
        dash: 'solid',
        symbol: 'dot',
        toggles: true,
        hidden: hidden.has(label),
      }))
    : [];
  const title = config.text?.title ?? `${nameOf(yc)} against ${nameOf(xc)}`;
  const facts = tableFacts(table, mask, [
    config.x,
    config.y[0],
    config.series,
    labelCol?.name,
  ]).facts.map((f) => `${f.column}: ${f.value}`);
  return {
    kind: 'scatter',
    width: size.width,
    height: size.height,
    plot,
    title,
    subtitle: config.text?.subtitle ?? (facts.join(' · ') || undefined),
    description: `Scatter plot of ${nameOf(yc)} (up) against ${nameOf(xc)} (across), ${drawn} points${splitText ? ` in ${series.length} groups` : ''}.`,
    xAxis: {
      ticks: x.ticks,
      label: [nameOf(xc), xt.label && `(${xt.label})`].filter(Boolean).join(' '),
      grid: true,
    },
    yAxis: { ticks: y.ticks, label: config.text?.yLabel ?? yt.label, grid: true },
    series,
    bars: [],
    labels: [],
    annotations: [],
    legend,
    sources: sourceLines(table, [yc, xc], config.overlaySources ?? []),
    notes: notes.all,
    table: {
      caption: title,
      columns: [
        labelCol ? nameOf(labelCol) : 'Row',
        ...(splitText ? [nameOf(splitText)] : []),
        nameOf(xc),
        nameOf(yc),
      ],
      rows: series
        .flatMap((s) => s.points)
        .slice(0, 500)
        .map((p) => [
          p.period,
          ...(splitText ? [p.seriesLabel] : []),
          (p.detail ?? '').replace(/^.*: /, ''),
          p.valueLabel.replace(/^.*: /, ''),
        ]),
    },
    view: {
      mode: 'values',
      scale: log ? 'log' : 'linear',
      periods: [],
      range: [0, 1],
      domain: [0, 1],
      xMap: null,
      zoomable: false,
      relative: false,
      loggable: true,
    },
    render: drawn > 3000 ? 'canvas' : 'svg',
  };
}
