import type { DataTable } from '../spec';
import type { MapClasses } from './mapClasses';
import type { MapEntry } from './mapEntries';

/** Every value of the country column, drawn or not, with its code, value and what became of it. */
export function mapTable(
  entries: MapEntry[],
  drawn: Map<string, MapEntry>,
  classes: MapClasses,
  amount: (v: number) => string,
  names: { place: string; value: string },
  caption: string,
): DataTable {
  const status = (e: MapEntry) =>
    e.status === 'group'
      ? 'Group: not drawn'
      : e.status === 'unmatched'
        ? 'Not matched to a country'
        : drawn.get(e.country!.iso3) === e
          ? `Class ${classes.classOf(e.value) + 1} of ${classes.count}`
          : drawn.has(e.country!.iso3)
            ? `Same country as “${drawn.get(e.country!.iso3)!.label}”: drawn once`
            : 'Too small to draw at this scale';
  const rows = [...entries]
    .sort((a, b) => b.value - a.value)
    .map((e) => [e.label, e.country?.iso3 ?? e.code ?? '', amount(e.value), status(e)]);
  return { caption, columns: [names.place, 'ISO code', names.value, 'On the map'], rows };
}
