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
  const points: (ChartPoint | Gap)[] = spec.bars.length
    ? spec.bars.map((b) => b.point)
    : withGaps(spec);
  // The file's flags get a column when it has any, so files without them read as before.
  const flagged = points.some((p) => !('gap' in p) && p.flag !== undefined);
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
    rows: points.map((p) => {
      // A gap has its period, series and source, and no value, qualifier or flag.
      const point = 'gap' in p ? undefined : p;
      return [
        p.period,
        p.seriesLabel,
        point?.value ?? null,
        ...(unit ? [unit] : []),
        point?.qualifier ?? null,
        p.source?.text ?? null,
        p.source?.url ?? null,
        ...(flagged ? [point?.flag ?? null] : []),
      ];
    }),
  };
}

/** A period a series has no figure for, inside the chart's periods: a row with no value. */
interface Gap {
  gap: true;
  period: string;
  seriesLabel: string;
  /** The series' source, which gives no figure for the period. */
  source?: ChartPoint['source'];
}

/** The periods the chart's lines are drawn over, oldest first. */
function periodOrder(spec: ChartSpec): string[] {
  const drawn = new Set<string>();
  for (const s of spec.series)
    if (!s.overlay) for (const p of [...s.points.map((q) => q.period), ...s.gaps]) drawn.add(p);
  const known = spec.view.periods.filter((p) => drawn.has(p));
  // Periods the view does not list (it lists them only where a base can be chosen) keep the
  // order they were drawn in.
  return known.length === drawn.size ? known : [...drawn];
}

/**
 * Each series' points with a row for every period of the chart it has no figure for, in
 * period order: the CSV says "missing values are empty", and a gap is shown as one, not left
 * out. Where lines are thinned to the pixels (dense series), a period left out of one is not a
 * gap: only the series' own gaps, within its span, get rows then. Overlays are points, not lines.
 */
function withGaps(spec: ChartSpec): (ChartPoint | Gap)[] {
  const order = periodOrder(spec);
  const thinned = spec.series.some((s) => !s.overlay && !s.dots && s.points.length > 0);
  return spec.series.flatMap((series) => {
    const at = new Map(series.points.map((p) => [p.period, p]));
    if (series.overlay || at.size !== series.points.length) return series.points;
    const own = new Set([...at.keys(), ...series.gaps]);
    const periods = thinned ? order.filter((p) => own.has(p)) : order;
    const source = series.points[0]?.source;
    return periods.map(
      (period): ChartPoint | Gap =>
        at.get(period) ?? { gap: true, period, seriesLabel: series.label, source },
    );
  });
}
