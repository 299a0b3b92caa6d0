import { ChartNotes } from '../build/chartNotes';
import type { ChartConfig } from '../config';
import type { MapEntry } from './mapEntries';

const list = (entries: MapEntry[], most = 6) =>
  entries
    .slice(0, most)
    .map((e) => e.label)
    .join(', ') + (entries.length > most ? ` and ${entries.length - most} more` : '');

/** What a map must say: how classes are cut, what is not drawn and why, whose outlines. */
export function mapNotes(
  config: ChartConfig,
  entries: MapEntry[],
  unshaped: MapEntry[],
  classCount: number,
  credit: string,
): string[] {
  const notes = new ChartNotes();
  config.text?.notes?.forEach((n) => notes.add(n));
  if (classCount > 1)
    notes.add(`Colours are ${classCount} quantile classes: each holds about as many countries.`);
  const groups = entries.filter((e) => e.status === 'group');
  const unmatched = entries.filter((e) => e.status === 'unmatched');
  if (groups.length)
    notes.add(`Groups are not drawn as countries: ${list(groups)}. The table lists them.`);
  if (unmatched.length)
    notes.add(`Not matched to a country, so not drawn: ${list(unmatched)}. The table lists them.`);
  if (unshaped.length)
    notes.add(`Too small for this map's scale, so listed in the table only: ${list(unshaped)}.`);
  const summed = entries.filter((e) => e.rows > 1).length;
  if (summed)
    notes.add(
      summed === 1
        ? "1 country's value is the sum of several rows."
        : `${summed} countries' values are sums of several rows.`,
    );
  notes.add(credit);
  return notes.all;
}
