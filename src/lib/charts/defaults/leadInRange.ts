import type { NumberColumn, Table, TextColumn } from '../../data/table';
import type { ChartConfig } from '../config/chartConfig';

/** The most periods a lead-in may have: more than this is a series of its own, not a stray. */
const MOST_LEAD_IN = 3;

/**
 * The periods a chart over time starts on by default, when its first figures stand apart: one
 * to three early periods (at most a fifth of all), then a gap of at least five of the series'
 * usual steps and a quarter of its whole span (a lone 1961 before a series from 1978; 1990 and
 * 2000 before 2013–2022 in a databank download). Undefined when there is none. The chart then
 * opens on the rest, zoomed, and says what it leaves out; nothing is dropped from the data.
 */
export function leadInRange(
  time: TextColumn,
  measure: NumberColumn,
  mask: Uint8Array,
): [number, number] | undefined {
  const keyOf = time.keys;
  if (!keyOf || time.type !== 'period') return undefined;
  // One flag per period, not per row: a pass over a million rows stays a few milliseconds.
  const seen = new Uint8Array(time.dictionary.length);
  const { codes } = time;
  const values = measure.values;
  for (let r = 0; r < mask.length; r++) {
    const code = codes[r];
    if (mask[r] && code >= 0 && !seen[code] && !Number.isNaN(values[r])) seen[code] = 1;
  }
  const keys = [...new Set(keyOf.filter((k, code) => seen[code] && Number.isFinite(k)))].sort(
    (a, b) => a - b,
  );
  const n = keys.length;
  if (n < 6) return undefined;
  const steps = keys.slice(1).map((k, i) => k - keys[i]);
  const step = [...steps].sort((a, b) => a - b)[Math.floor(steps.length / 2)];
  const span = keys[n - 1] - keys[0];
  let start = 0;
  for (let i = 1; i <= Math.min(MOST_LEAD_IN, Math.floor(n / 5)); i++) {
    const gap = keys[i] - keys[i - 1];
    if (gap >= 5 * step && gap >= span / 4) start = i;
  }
  return start ? [keys[start], keys[n - 1]] : undefined;
}

/**
 * `{ range }` for a line chart over periods whose first figures stand apart (leadInRange),
 * read from the rows its filters keep (`mask`); nothing for any other chart.
 */
export function openingRange(
  table: Table,
  config: ChartConfig,
  mask: Uint8Array,
): { range?: [number, number] } {
  if (config.type !== 'line') return {};
  const time = table.columns.find((c) => c.name === config.x);
  const y = table.columns.find((c) => c.name === config.y[0]);
  if (time?.type !== 'period' || y?.type !== 'number') return {};
  const range = leadInRange(time, y, mask);
  return range ? { range } : {};
}
