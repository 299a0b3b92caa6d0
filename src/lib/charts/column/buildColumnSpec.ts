import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { columnKey, columnValue, findColumn, getColumn } from '../../data/columnValue';
import type { NumberColumn, Table } from '../../data/table';
import { formatAsReported, formatChange, formatValue } from '../format';
import { pointSource } from '../pointSource';
import { sourceLines } from '../sourceLines';
import type { Annotation, ChartBar, ChartSize, ChartSpec, Qualifier } from '../spec';
import { linearTicks } from '../ticks';

export interface ColumnMapping {
  x: string;
  y: string;
  /** A category column holding each row's qualifier (lower-bound, derived, …). */
  qualifier?: string;
}

export interface ColumnOptions {
  title: string;
  subtitle?: string;
  yLabel?: string;
  /** Annotate the change between two periods, with how it was computed. */
  change?: { from: string; to: string; label?: string; detail?: string };
  notes?: string[];
}

const MARGIN = { top: 28, right: 16, bottom: 32, left: 52 };
const QUALIFIERS = new Set<Qualifier>(['lower-bound', 'derived', 'rounded', 'provisional']);

/** Prefix that keeps a qualified value honest: `> $190.0 bn`, `≈ $88.0 bn`. */
export function qualifiedLabel(value: string, q?: Qualifier): string {
  return q === 'lower-bound' ? `> ${value}` : q === 'derived' ? `≈ ${value}` : value;
}

/** A column chart, one bar per period; lower bounds and derived values keep their qualifier. */
export function buildColumnSpec(
  table: Table,
  mapping: ColumnMapping,
  options: ColumnOptions,
  size: ChartSize,
): ChartSpec {
  const xCol = getColumn(table, mapping.x);
  const yCol = getColumn(table, mapping.y) as NumberColumn;
  const qCol = mapping.qualifier ? findColumn(table, mapping.qualifier) : undefined;
  const rows = Array.from({ length: table.rowCount }, (_, i) => i)
    .filter((i) => !Number.isNaN(yCol.values[i]))
    .sort((a, b) => columnKey(xCol, a) - columnKey(xCol, b));
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    width: Math.max(10, size.width - MARGIN.left - MARGIN.right),
    height: Math.max(10, size.height - MARGIN.top - MARGIN.bottom),
  };
  const periodOf = (i: number) => String(columnValue(xCol, i));
  const qualifierOf = (i: number): Qualifier | undefined => {
    const q = qCol ? columnValue(qCol, i) : null;
    return typeof q === 'string' && QUALIFIERS.has(q as Qualifier) ? (q as Qualifier) : undefined;
  };
  const x = scaleBand<string>()
    .domain(rows.map(periodOf))
    .range([plot.left, plot.left + plot.width])
    .paddingInner(0.45)
    .paddingOuter(0.3);
  // Headroom above the tallest bar for the lower-bound arrow and the change label.
  const yMax = (max(rows, (i) => yCol.values[i]) ?? 1) * 1.3;
  const y = scaleLinear()
    .domain([0, yMax])
    .nice()
    .range([plot.top + plot.height, plot.top]);
  const label = yCol.label ?? yCol.name;

  const bars: ChartBar[] = rows.map((i) => {
    const value = yCol.values[i];
    const period = periodOf(i);
    const qualifier = qualifierOf(i);
    const top = round(y(value));
    const bx = round(x(period) ?? 0);
    const width = round(x.bandwidth());
    return {
      id: `${yCol.name}:${period}`,
      x: bx,
      y: top,
      width,
      height: round(plot.top + plot.height - top),
      point: {
        id: `${yCol.name}:${period}`,
        seriesId: yCol.name,
        seriesLabel: label,
        x: round(bx + width / 2),
        y: top,
        value,
        valueLabel: qualifiedLabel(
          formatValue(value, yCol.unit, qualifier === 'derived'),
          qualifier,
        ),
        period,
        qualifier,
        source: pointSource(table, yCol, i),
      },
    };
  });

  const annotations: Annotation[] = bars
    .filter((b) => b.point.qualifier === 'lower-bound')
    .map((b) => ({ kind: 'bound', x: b.point.x, y: b.y, label: 'lower bound' }));
  if (options.change) {
    const from = bars.find((b) => b.point.period === options.change?.from);
    const to = bars.find((b) => b.point.period === options.change?.to);
    if (from && to) {
      const pct = (to.point.value / from.point.value - 1) * 100;
      annotations.push({
        kind: 'change',
        // From the right edge of the first bar to the left edge of the second.
        x1: round(from.x + from.width),
        y1: from.y,
        x2: to.x,
        y2: to.y,
        label: options.change.label ?? formatChange(pct),
        detail:
          options.change.detail ??
          `${formatAsReported(from.point.value)} → ${formatAsReported(to.point.value)} = ${formatChange(pct)}`,
      });
    }
  }

  return {
    kind: 'column',
    width: size.width,
    height: size.height,
    plot,
    title: options.title,
    subtitle: options.subtitle,
    description: `Column chart. ${bars.map((b) => `${b.point.period}: ${b.point.valueLabel}${b.point.qualifier ? ` (${b.point.qualifier.replace('-', ' ')})` : ''}`).join('; ')}.`,
    xAxis: {
      ticks: bars.map((b) => ({
        value: columnKey(xCol, rows[bars.indexOf(b)]),
        label: b.point.period,
        pos: b.point.x,
      })),
    },
    yAxis: {
      ticks: linearTicks(y, Math.max(2, Math.floor(plot.height / 50)), formatAsReported),
      label: options.yLabel,
    },
    series: [],
    bars,
    annotations,
    sources: sourceLines(table, [yCol], []),
    notes: options.notes ?? [],
    table: {
      caption: options.title,
      columns: [xCol.label ?? xCol.name, label, 'Qualifier'],
      rows: bars.map((b) => [
        b.point.period,
        b.point.valueLabel,
        b.point.qualifier ?? 'as printed',
      ]),
    },
  };
}

const round = (v: number) => Math.round(v * 10) / 10;
