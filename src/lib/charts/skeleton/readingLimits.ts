import type { ChartData } from '../prepare/prepareChartData';

/** A unit that names a rate of change (`Percent change`, `annual growth %`, `% yoy`). */
const RATE = /\b(change|growth|yoy|y-o-y|year-on-year|rate)\b/i;

/** Whether any charted value is zero or below. */
function reachesZero(data: ChartData): boolean {
  for (const s of data.series) for (const v of s.values) if (v <= 0) return true;
  return false;
}

/**
 * Why the figures cannot be read as an index or a % change, or on a log scale; null where they
 * can. Growth rates (a WEO file's “Percent change”) rebased would give a change of a change
 * (Germany +300 %, −650 %); percentages at or below zero have no ratio to a base either; and a
 * log scale has no place for zero or less, so it would drop every recession year.
 */
export function readingLimits(data: ChartData): { relative: string | null; log: string | null } {
  const low = reachesZero(data);
  const rates = data.unit.percent && (RATE.test(data.unit.text) || low);
  return {
    relative: rates
      ? 'Rates, and percentages at or below zero, have no meaningful index or % change.'
      : null,
    log: low ? 'A log scale has no place for figures of zero or less.' : null,
  };
}

/** The limits as a chart's view says them to its controls. */
export const limitsView = (limits: { relative: string | null; log: string | null }) => ({
  ...(limits.relative ? { notRelative: limits.relative } : {}),
  ...(limits.log ? { notLog: limits.log } : {}),
});
