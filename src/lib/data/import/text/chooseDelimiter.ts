import type { Delimiter } from './createRowReader';

/** The candidates, in the order ties are broken. */
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

/** Whether a record is a blank line. */
export function isBlankRecord(row: readonly string[]): boolean {
  return row.length === 1 && row[0] === '';
}

/**
 * How well a delimiter splits sample records: the most common field count, and its share of
 * the records (0 when records do not split at all).
 */
export function scoreFieldCounts(rows: readonly (readonly string[])[]): {
  fields: number;
  score: number;
} {
  const tally = new Map<number, number>();
  let total = 0;
  for (const row of rows) {
    if (isBlankRecord(row)) continue;
    tally.set(row.length, (tally.get(row.length) ?? 0) + 1);
    total++;
  }
  let fields = 1;
  let best = 0;
  for (const [count, n] of tally) {
    if (n > best || (n === best && count > fields)) [fields, best] = [count, n];
  }
  return { fields, score: total === 0 || fields < 2 ? 0 : best / total };
}

/**
 * The delimiter whose records most consistently share one field count; between equally
 * consistent ones, the one giving more fields (Eurostat's `unit,geo\time` column splits on
 * commas too, but tabs give more fields). A file with one column reads as comma-separated.
 */
export function chooseDelimiter(samples: ReadonlyMap<Delimiter, readonly (readonly string[])[]>): {
  delimiter: Delimiter;
  fields: number;
} {
  let choice: { delimiter: Delimiter; fields: number; score: number } = {
    delimiter: ',',
    fields: 1,
    score: 0,
  };
  for (const delimiter of DELIMITERS) {
    const rows = samples.get(delimiter);
    if (!rows) continue;
    const { fields, score } = scoreFieldCounts(rows);
    const better =
      score > choice.score + 1e-9 ||
      (score > choice.score - 1e-9 && score > 0 && fields > choice.fields);
    if (better) choice = { delimiter, fields, score };
  }
  return { delimiter: choice.delimiter, fields: choice.fields };
}
