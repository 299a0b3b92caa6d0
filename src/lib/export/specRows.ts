import type { ChartPoint, ChartSpec } from '../charts/spec';
import type { PlainTable } from './tableRows';

/**
 * The figures a chart draws, tidy: one row per point with its period, series, value, qualifier
 * (`estimate`, `lower-bound`…), own source, and the file's own flag on it (`e`, `p`) when any
 * value has one, so a CSV keeps every number's provenance (overlays and derived series too).
 * A map or treemap gives its own records instead.
 */
export function specRows(spec: ChartSpec): PlainTable {
  // A map's or a treemap's own rows: every country or code, drawn or not.
  if (spec.records) return { columns: spec.records.columns, rows: spec.records.rows };
  const points: ChartPoint[] = spec.bars.length
    ? spec.bars.map((b) => b.point)
    : spec.series.flatMap((s) => s.points);
  // The file's flags get a column when it has any, so files without them read as before.
  const flagged = points.some((p) => p.flag !== undefined);
  // The values as charted: in the file's unit, or an index or change where the chart shows one.
  const unit = spec.view.mode === 'values' ? spec.valueUnit : spec.yAxis.label;
  // Bars stand for what their axis names (a commodity, a partner), not always a period.
  const first = spec.kind === 'bar' ? (spec.table.columns[0] ?? 'category') : 'period';
  return {
    columns: [
      first,
      'series',
      'value',
      ...(unit ? ['unit'] : []),
      'qualifier',
      'source',
      'source_url',
      ...(flagged ? ['flag'] : []),
    ],
    rows: points.map((p) => [
      p.period,
      p.seriesLabel,
      p.value,
      ...(unit ? [unit] : []),
      p.qualifier ?? null,
      p.source.text,
      p.source.url ?? null,
      ...(flagged ? [p.flag ?? null] : []),
    ]),
  };
}
