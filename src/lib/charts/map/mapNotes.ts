import { ChartNotes } from '../skeleton/chartNotes';
import type { ChartConfig } from '../config/chartConfig';
import type { MapFrame } from './europe';
import type { MapClasses } from './mapClasses';
import type { MapEntry } from './mapEntries';
import { nameList } from '../words/nameList';
import { TABLE_LISTS_THEM } from '../words/pageOnlyWords';
import { publisherNameNotes } from '../../data/meaning/publisherNames';

const list = (entries: MapEntry[], most = 6) =>
  nameList(entries.slice(0, most).map((e) => e.label)) +
  (entries.length > most ? ` and ${entries.length - most} more` : '');

/** How the classes are cut, over one period's values (`of`) when the map has several. */
const HOW: Record<MapClasses['method'], (n: number, of?: string) => string> = {
  quantile: (n, of) =>
    of
      ? `Colours are ${n} quantile classes of ${of}'s values: each holds about as many of that period's countries.`
      : `Colours are ${n} quantile classes: each holds about as many countries.`,
  equal: (n, of) =>
    `Colours are ${n} classes of equal width, spanning ${of ? `${of}'s values` : 'the values'} from lowest to highest.`,
  natural: (n, of) =>
    `Colours are ${n} classes at natural breaks (Jenks)${of ? ` in ${of}'s values` : ''}: values alike fall in one class.`,
};

/** How each side of zero is cut, where a map's classes are cut at zero. */
const SIDE: Record<MapClasses['method'], (of?: string) => string> = {
  quantile: (of) =>
    of ? `holding about as many of ${of}'s countries` : 'holding about as many countries',
  equal: () => 'of equal width',
  natural: () => 'at natural breaks (Jenks)',
};

/** What a map must say: how classes are cut, what is not drawn and why, whose outlines. */
export function mapNotes(
  config: ChartConfig,
  entries: MapEntry[],
  unshaped: MapEntry[],
  classes: MapClasses,
  credit: string,
  seen: { periods: string[]; classPeriod?: string; frame: MapFrame },
): string[] {
  const notes = new ChartNotes();
  config.text?.notes?.forEach((n) => notes.add(n));
  const n = seen.periods.length;
  const of = n > 1 ? seen.classPeriod : undefined;
  if (classes.count > 1 && classes.zero !== undefined)
    notes.add(
      `Colours are cut at zero: orange below it, blue from zero up, stronger away from zero; each side in classes ${SIDE[classes.method](of)}.`,
    );
  else if (classes.count > 1) notes.add(HOW[classes.method](classes.count, of));
  if (of && classes.count > 1)
    notes.add(
      `The classes of ${of} are kept for all ${n} periods (${seen.periods[0]}–${seen.periods[n - 1]}), so a colour means the same in each.`,
    );
  if (seen.frame === 'europe')
    notes.add(
      'Framed on Europe (Lambert azimuthal equal-area): every country with a value is European.',
    );
  publisherNameNotes(entries.map((e) => e.label)).forEach((n) => notes.add(n));
  const groups = entries.filter((e) => e.status === 'group');
  const unmatched = entries.filter((e) => e.status === 'unmatched');
  if (groups.length)
    notes.add(`Groups are not drawn as countries: ${list(groups)}.${TABLE_LISTS_THEM}`);
  if (unmatched.length)
    notes.add(`Not matched to a country, so not drawn: ${list(unmatched)}.${TABLE_LISTS_THEM}`);
  if (unshaped.length)
    notes.add(
      `Too small for this map's scale, so not drawn: ${list(unshaped)}.${TABLE_LISTS_THEM}`,
    );
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
