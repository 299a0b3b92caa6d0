import { extent, max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { columnKey, columnValue, getColumn } from '../../data/columnValue';
import type { NumberColumn, Table } from '../../data/table';
import { formatAsReported, formatValue } from '../format';
import { pointSource } from '../pointSource';
import { sourceLines } from '../sourceLines';
import type {
  ChartPoint,
  ChartSeries,
  ChartSize,
  ChartSpec,
  PointSource,
  Qualifier,
} from '../spec';
import { linearTicks } from '../ticks';

/** A point from another source laid over the series, such as a press release's figure. */
export interface Overlay {
  id: string;
  label: string;
  period: string;
  key: number;
  value: number;
  qualifier?: Qualifier;
  source: PointSource;
}

export interface LineMapping {
  /** The time column (period or number). */
  x: string;
  /** One series per number column. */
  y: string[];
}

export interface LineOptions {
  title: string;
  subtitle?: string;
  yLabel?: string;
  overlays?: Overlay[];
  overlayLabel?: string;
  overlaySources?: SourceLineInput[];
  notes?: string[];
  gapLabel?: (period: string) => string;
}

export interface SourceLineInput {
  id: string;
  text: string;
  url?: string;
}

const MARGIN = { top: 20, right: 16, bottom: 32, left: 52 };
const DASHES = ['solid', 'dashed', 'dotted'] as const;

/**
 * A line chart of number columns over a time column. Pure: the same (table, mapping, options,
 * size) give the same spec in Node, a worker or the page. Missing values break the line.
 */
export function buildLineSpec(
  table: Table,
  mapping: LineMapping,
  options: LineOptions,
  size: ChartSize,
): ChartSpec {
  const xCol = getColumn(table, mapping.x);
  const yCols = mapping.y.map((name) => getColumn(table, name) as NumberColumn);
  const rows = Array.from({ length: table.rowCount }, (_, i) => i)
    .filter((i) => !Number.isNaN(columnKey(xCol, i)))
    .sort((a, b) => columnKey(xCol, a) - columnKey(xCol, b));
  const keys = rows.map((i) => columnKey(xCol, i));
  const overlays = options.overlays ?? [];
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    width: Math.max(10, size.width - MARGIN.left - MARGIN.right),
    height: Math.max(10, size.height - MARGIN.top - MARGIN.bottom),
  };
  const [x0, x1] = extent([...keys, ...overlays.map((o) => o.key)]) as [number, number];
  const x = scaleLinear()
    .domain([x0, x1])
    .range([plot.left, plot.left + plot.width]);
  const yMax =
    max(
      [
        ...yCols.flatMap((c) => rows.map((i) => c.values[i])),
        ...overlays.map((o) => o.value),
      ].filter((v) => !Number.isNaN(v)),
    ) ?? 1;
  const y = scaleLinear()
    .domain([0, yMax])
    .nice()
    .range([plot.top + plot.height, plot.top]);
  const periodOf = (i: number) => String(columnValue(xCol, i));
  const unit = yCols[0]?.unit;

  const series: ChartSeries[] = yCols.map((col, s) => {
    const label = col.label ?? col.name;
    const points: ChartPoint[] = [];
    const gaps: string[] = [];
    const defined = rows.map((i) => !Number.isNaN(col.values[i]));
    const first = defined.indexOf(true);
    const last = defined.lastIndexOf(true);
    rows.forEach((i, r) => {
      const value = col.values[i];
      if (Number.isNaN(value)) {
        if (r > first && r < last) gaps.push(periodOf(i));
        return;
      }
      points.push({
        id: `${col.name}:${periodOf(i)}`,
        seriesId: col.name,
        seriesLabel: label,
        x: round(x(columnKey(xCol, i))),
        y: round(y(value)),
        value,
        valueLabel: formatValue(value, col.unit),
        period: periodOf(i),
        source: pointSource(table, col, i),
      });
    });
    const path =
      line<number>()
        .defined((i) => !Number.isNaN(col.values[i]))
        .x((i) => round(x(columnKey(xCol, i))))
        .y((i) => round(y(col.values[i])))(rows) ?? '';
    return { id: col.name, label, color: s, dash: DASHES[s % DASHES.length], path, points, gaps };
  });

  if (overlays.length) {
    series.push({
      id: 'overlay',
      label: options.overlayLabel ?? 'Overlay',
      color: yCols.length,
      dash: 'solid',
      path: '',
      overlay: true,
      gaps: [],
      points: overlays.map((o) => ({
        id: `overlay:${o.id}`,
        seriesId: 'overlay',
        seriesLabel: o.label,
        x: round(x(o.key)),
        y: round(y(o.value)),
        value: o.value,
        valueLabel:
          (o.qualifier === 'lower-bound' ? '> ' : o.qualifier === 'derived' ? '≈ ' : '') +
          formatValue(o.value, unit, o.qualifier === 'derived'),
        period: o.period,
        qualifier: o.qualifier,
        source: o.source,
      })),
    });
  }

  const gapLabel = options.gapLabel ?? ((p: string) => `${p}: no figure`);
  const annotations = series
    .filter((s) => !s.overlay)
    .slice(0, 1)
    .flatMap((s) => s.gaps)
    .map((period) => {
      const i = rows.find((r) => periodOf(r) === period) as number;
      return {
        kind: 'gap' as const,
        x: round(x(columnKey(xCol, i))),
        y1: plot.top,
        y2: plot.top + plot.height,
        label: gapLabel(period),
      };
    });

  const xTicks = linearTicks(x, Math.max(2, Math.floor(plot.width / 56)), String).filter((t) =>
    Number.isInteger(t.value),
  );
  const yTicks = linearTicks(y, Math.max(2, Math.floor(plot.height / 50)), formatAsReported);
  const periods = rows.map(periodOf);
  const overlayByPeriod = new Map(overlays.map((o) => [o.period, o]));
  const allPeriods = [...new Set([...periods, ...overlays.map((o) => o.period)])].sort();

  return {
    kind: 'line',
    width: size.width,
    height: size.height,
    plot,
    title: options.title,
    subtitle: options.subtitle,
    description: describe(series, periods),
    xAxis: { ticks: xTicks },
    yAxis: { ticks: yTicks, label: options.yLabel },
    series,
    bars: [],
    annotations,
    sources: sourceLines(table, yCols, options.overlaySources ?? []),
    notes: options.notes ?? [],
    table: {
      caption: options.title,
      columns: [
        xCol.label ?? xCol.name,
        ...yCols.map((c) => c.label ?? c.name),
        ...(overlays.length ? [options.overlayLabel ?? 'Overlay'] : []),
      ],
      rows: allPeriods.map((p) => {
        const i = rows.find((r) => periodOf(r) === p);
        const o = overlayByPeriod.get(p);
        return [
          p,
          ...yCols.map((c) =>
            i === undefined || Number.isNaN(c.values[i])
              ? 'no figure'
              : formatAsReported(c.values[i]),
          ),
          ...(overlays.length
            ? [
                o
                  ? `${o.qualifier === 'lower-bound' ? 'more than ' : o.qualifier === 'derived' ? 'about ' : ''}${formatAsReported(o.value)}${o.qualifier === 'derived' ? ' (derived)' : ''}`
                  : '',
              ]
            : []),
        ];
      }),
    },
  };
}

const round = (v: number) => Math.round(v * 10) / 10;

function describe(series: ChartSeries[], periods: string[]): string {
  const lines = series
    .filter((s) => !s.overlay && s.points.length)
    .map((s) => {
      const a = s.points[0];
      const b = s.points[s.points.length - 1];
      const gaps = s.gaps.length ? `; no figure for ${s.gaps.join(', ')}` : '';
      return `${s.label}: ${a.valueLabel} in ${a.period} to ${b.valueLabel} in ${b.period}${gaps}.`;
    });
  return `Line chart, ${periods[0]} to ${periods[periods.length - 1]}. ${lines.join(' ')}`;
}
