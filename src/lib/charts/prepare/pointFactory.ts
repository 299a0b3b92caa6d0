import { columnValue } from '../../data/columnValue';
import type { Column, NumberColumn } from '../../data/table';
import type { ChartMode } from '../config/chartConfig';
import type { ChartEdits } from '../edits/chartEdits';
import { pointSource } from '../words/pointSource';
import { isDerived, isLowerBound, qualifiedLabel } from '../words/qualifiedLabel';
import type { ChartPoint, PointSource, Qualifier } from '../spec';
import { amountFormatter, floorShown, isWhole, numberFormat } from '../units/formatAmount';
import type { ChartData } from './prepareChartData';
import type { SeriesData } from './seriesGrid';
import { flagQualifier } from './flagQualifier';
import { slotLabeller, slotOf } from './slotLabel';

const QUALIFIERS = new Set<string>([
  'lower-bound',
  'derived',
  'derived-lower-bound',
  'rounded',
  'provisional',
]);
/** Eurostat's flags, said in words. */
const FLAGS: Record<string, string> = {
  b: 'break in series',
  c: 'confidential',
  d: 'definition differs',
  e: 'estimated',
  f: 'forecast',
  n: 'not significant',
  p: 'provisional',
  r: 'revised',
  s: 'Eurostat estimate',
  u: 'low reliability',
  z: 'not applicable',
};

/** The file's flag on a value, as written; undefined when it has none. */
function flagOf(s: SeriesData, row: number): string | undefined {
  const flags = s.column.flags;
  const code = flags && row >= 0 ? flags.codes[row] : -1;
  return flags && code >= 0 ? flags.dictionary[code] : undefined;
}

/** Sentences of a point's detail, joined. */
const join = (a: string | undefined, b: string | undefined) => (a && b ? `${a}. ${b}` : (a ?? b));

/** How a charted value reads in each mode. */
export function modeLabel(
  charted: number,
  mode: ChartMode,
  locale: string,
  /** The author's decimals (one unless set). */
  decimals = 1,
): string {
  const digits = { maximumFractionDigits: decimals, minimumFractionDigits: decimals };
  if (mode === 'index') return numberFormat(locale, digits).format(charted);
  if (mode === 'change') {
    const n = numberFormat(locale, digits);
    return `${charted < 0 ? '−' : '+'}${n.format(Math.abs(charted))} %`;
  }
  return '';
}

export interface PointFactory {
  /** A point of `series` at `slot`, drawn at (x, y) with the charted value. */
  make(
    series: SeriesData,
    slot: number,
    charted: number,
    x: number,
    y: number,
    extraDetail?: string,
    /** The slot the value is rebased on (index, change): its qualifier bears on the ratio. */
    base?: number,
  ): ChartPoint;
  /** The raw value as a label in the measure's unit. */
  raw(value: number, qualifier?: Qualifier): string;
  /**
   * The qualifier of a series' value at a slot (its own, as in values mode). A sum of rows is
   * an estimate when any row in it is.
   */
  qualifierAt(series: SeriesData, slot: number): Qualifier | undefined;
  /** The first slot the chart's author marks as an estimate; -1 when they mark none. */
  authorFrom: number;
}

const flagText = (f: string | undefined): string | undefined =>
  f && `Flag “${f}”: ${[...f].map((c) => FLAGS[c] ?? c).join(', ')}`;

/** A raw value as a label in the measure's unit, with its qualifier. */
function rawLabeller(data: ChartData, locale: string, decimals: number | undefined) {
  const amount = amountFormatter(data.unit, locale, decimals, decimals !== undefined);
  // Plain numbers (no currency, scale or percent): one figure written with a decimal and every
  // label keeps one, `604.0` beside `848.1`, not `604`. Scaled amounts keep their own rule.
  const { currency, scale, percent } = data.unit;
  const plain = currency === undefined && scale === 1 && !percent;
  const fraction =
    plain && data.series.some((s) => s.values.some((v) => Number.isFinite(v) && !isWhole(v)));
  // A lower bound is shown cut down, never rounded up past what is known.
  return (value: number, q?: Qualifier) =>
    qualifiedLabel(
      amount(
        isLowerBound(q) ? floorShown(value, data.unit, decimals) : value,
        fraction || isDerived(q),
      ),
      q,
    );
}

/**
 * Makes chart points cheaply: one citation lookup per column (not per point) unless the table
 * gives rows their own sources; qualifiers from the qualifier column, Eurostat flags or
 * derivation; labels in the measure's unit and the chart's mode.
 */
export function pointFactory(
  data: ChartData,
  mode: ChartMode,
  locale: string,
  /** The author's decimals for every value label, and the period their estimates start. */
  edits?: Pick<ChartEdits, 'decimals' | 'estimatesFrom'>,
): PointFactory {
  const decimals = edits?.decimals;
  const authorFrom = slotOf(data, edits?.estimatesFrom);
  const sources = new Map<Column, PointSource>();
  const sourceOf = (column: NumberColumn, row: number): PointSource => {
    if (row >= 0 && data.table.provenance.rowSources?.columns.includes(column.name))
      return pointSource(data.table, column, row);
    let s = sources.get(column);
    if (!s) sources.set(column, (s = pointSource(data.table, column, -1)));
    return s;
  };
  const byAuthor = (s: SeriesData, slot: number) =>
    authorFrom >= 0 && slot >= authorFrom && !s.derived;
  const qualifierOf = (s: SeriesData, slot: number): Qualifier | undefined => {
    if (s.derived) return 'derived';
    const row = s.rows[slot];
    if (row < 0) return s.estimated?.[slot] || byAuthor(s, slot) ? 'estimate' : undefined;
    const q = data.qualifier ? columnValue(data.qualifier, row) : null;
    if (typeof q === 'string' && QUALIFIERS.has(q)) return q as Qualifier;
    return byAuthor(s, slot) ? 'estimate' : flagQualifier(flagOf(s, row));
  };
  // A ratio to a base is as sure as both: 100 (or 0 %) at the base itself, by definition; a
  // lower bound over an exact base stays one; over a bounded or derived base it is derived (a
  // release's 2022 “> $190 bn” over its 2012 worked back from it gives the stated growth).
  const ratioQualifier = (s: SeriesData, slot: number, base: number): Qualifier | undefined => {
    if (slot === base) return undefined;
    const under = qualifierOf(s, base);
    if (isLowerBound(under) || isDerived(under)) return 'derived';
    return qualifierOf(s, slot) ?? (under === 'rounded' ? undefined : under);
  };
  const raw = rawLabeller(data, locale, decimals);
  const period = slotLabeller(data, locale);

  return {
    raw,
    qualifierAt: qualifierOf,
    authorFrom,
    make(s, slot, charted, x, y, extraDetail, base) {
      const row = s.rows[slot];
      const value = s.values[slot];
      const own = qualifierOf(s, slot);
      const qualifier =
        mode !== 'values' && base !== undefined ? ratioQualifier(s, slot, base) : own;
      const flag = flagOf(s, row);
      let detail: string | undefined;
      if (mode !== 'values') detail = `Value: ${raw(value, own)}`;
      if (s.derived) detail = join(detail, s.derived.formula);
      if (s.counts[slot] > 1)
        detail = join(
          detail,
          `Sum of ${s.counts[slot]} rows${s.estimated?.[slot] ? ', some estimated' : ''}`,
        );
      detail = join(detail, flagText(flag));
      if (extraDetail) detail = join(detail, extraDetail);
      const label = period(slot);
      return {
        id: `${s.id}:${label}`,
        seriesId: s.id,
        seriesLabel: s.label,
        x,
        y,
        value: charted,
        valueLabel:
          mode === 'values' ? raw(value, qualifier) : modeLabel(charted, mode, locale, decimals),
        period: label,
        qualifier,
        ...(qualifier === 'estimate' && byAuthor(s, slot) ? { authorEstimate: true as const } : {}),
        ...(flag ? { flag } : {}),
        detail,
        source: sourceOf(s.column, row),
      };
    },
  };
}
