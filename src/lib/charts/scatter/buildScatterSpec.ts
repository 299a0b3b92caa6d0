import type { Table } from '../../data/table';
import { assembleSpec } from '../skeleton/assembleSpec';
import { ChartNotes } from '../skeleton/chartNotes';
import { seriesStyle } from '../skeleton/seriesStyle';
import { tableFacts } from '../prepare/tableFacts';
import { columnTitle as nameOf } from '../words/humanName';
import { normalizeConfig, type ChartInput } from '../config/normalizeConfig';
import { sourceLines } from '../words/sourceLines';
import type { ChartSeries, ChartSize, ChartSpec, DataTable, LegendItem } from '../spec';
import { scatterPoints } from './scatterPoints';
import { scatterRecords } from './scatterRecords';
import { scatterRows, type ScatterRows } from './scatterRows';
import { scatterScales } from './scatterScales';

/**
 * A measure's name with the axis unit: the unit in place of a currency the name already gives
 * in brackets (`FOB value (US$)` → `FOB value (US$ tn)`), after it otherwise.
 */
function axisName(name: string, unit: string | undefined): string {
  if (!unit) return name;
  const bare = name.replace(/\s*\([^()]*(\$|€|£|¥|\b(usd|eur|dollars?|euros?)\b)[^()]*\)\s*$/i, '');
  return `${bare} (${unit})`;
}

/**
 * A scatter plot of one measure against another, a point per kept row, coloured by the series
 * column and named by the label column (a country, a partner). A log scale applies to both
 * axes and leaves out values of zero or less, saying how many. Dense clouds keep one point per
 * 2 × 2 pixels.
 */
export function buildScatterSpec(table: Table, input: ChartInput, size: ChartSize): ChartSpec {
  const config = normalizeConfig(input, 'scatter');
  const notes = new ChartNotes();
  config.text?.notes?.forEach((n) => notes.add(n));
  const data = scatterRows(table, config, notes);
  const { xc, yc, split, groups, log } = data;
  const scales = scatterScales(table, config, data, size, notes);
  const byGroup = scatterPoints(table, config, data, scales, notes);
  const drawn = byGroup.reduce((a, g) => a + g.length, 0);
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
  const title = config.text?.title ?? `${nameOf(yc)} against ${nameOf(xc)}`;
  const facts = tableFacts(table, data.mask, [
    config.x,
    config.y[0],
    config.series,
    data.labelCol?.name,
  ]).facts.map((f) => `${f.column}: ${f.value}`);
  return assembleSpec(size, {
    kind: 'scatter',
    plot: scales.plot,
    title,
    subtitle: config.text?.subtitle ?? (facts.join(' · ') || undefined),
    description: `Scatter plot of ${nameOf(yc)} (up) against ${nameOf(xc)} (across), ${drawn} points${split ? ` in ${series.length} groups` : ''}.`,
    xAxis: {
      ticks: scales.x.ticks,
      label: axisName(nameOf(xc), scales.xLabel),
      grid: true,
    },
    yAxis: { ticks: scales.y.ticks, label: config.text?.yLabel ?? scales.yLabel, grid: true },
    series,
    legend: scatterLegend(data),
    sources: sourceLines(table, [yc, xc], config.overlaySources ?? []),
    notes: notes.all,
    table: scatterTable(data, series, title),
    records: scatterRecords(table, data, scales),
    view: { scale: log ? 'log' : 'linear', range: [0, 1], domain: [0, 1], loggable: true },
    render: drawn > 3000 ? 'canvas' : 'svg',
  });
}

/** A key entry per group that can be hidden, when the points are split into groups. */
function scatterLegend({ split, groups, hidden }: ScatterRows): LegendItem[] {
  if (!split) return [];
  return groups.map((label, n) => ({
    id: label,
    label,
    ...seriesStyle(n),
    dash: 'solid',
    symbol: 'dot',
    toggles: true,
    hidden: hidden.has(label),
  }));
}

/** The first 500 points as rows: name, group, x and y as labelled. */
function scatterTable(data: ScatterRows, series: ChartSeries[], title: string): DataTable {
  const { labelCol, split, xc, yc } = data;
  return {
    caption: title,
    columns: [
      labelCol ? nameOf(labelCol) : 'Row',
      ...(split ? [nameOf(split)] : []),
      nameOf(xc),
      nameOf(yc),
    ],
    rows: series
      .flatMap((s) => s.points)
      .slice(0, 500)
      .map((p) => [
        p.period,
        ...(split ? [p.seriesLabel] : []),
        (p.detail ?? '').replace(/^.*: /, ''),
        p.valueLabel.replace(/^.*: /, ''),
      ]),
  };
}
