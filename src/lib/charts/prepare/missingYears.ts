import type { ChartData } from './prepareChartData';

/** Whether every slot is a plain year (`2013`), so a year between two slots has no figure. */
export function plainYears(labels: string[] | null, keys: Float64Array): boolean {
  return !!labels?.length && labels.every((l, i) => /^\d{4}$/.test(l) && keys[i] === Number(l));
}

/** The runs of years missing between the slots in view: `2001–2012`, `2015`. */
function missingRuns(keys: Float64Array, lo: number, hi: number): string[] {
  const runs: string[] = [];
  for (let i = lo + 1; i < hi; i++) {
    const [from, to] = [keys[i - 1] + 1, keys[i] - 1];
    if (to >= from) runs.push(from === to ? `${from}` : `${from}–${to}`);
  }
  return runs;
}

/**
 * The note for years the file lacks between the slots `lo`–`hi` of a chart of plain years
 * (`The file has no figures for 1962–1977: …`, ending in what the chart does there), or
 * undefined when none are missing: a gap of years is said, never hidden.
 */
export function missingYearsNote(
  data: ChartData,
  lo: number,
  hi: number,
  there: string,
): string | undefined {
  const keys = data.slots.keys;
  if (!plainYears(data.slots.labels, keys)) return undefined;
  const missing = missingRuns(keys, lo, hi);
  if (!missing.length) return undefined;
  const runs = `${missing.slice(0, 6).join(', ')}${missing.length > 6 ? ' and other years' : ''}`;
  return `The file has no figures for ${runs}: ${there}.`;
}
