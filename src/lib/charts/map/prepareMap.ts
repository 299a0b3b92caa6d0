import type { NumberColumn, Table, TextColumn } from '../../data/table';
import { sumItems } from '../treemap/treemapItems';
import { mapFrame, type MapFrame } from './europe';
import type { MapAtlas } from './mapAtlasTypes';
import { mapEntries, pairedCountryCodes, type MapEntry } from './mapEntries';
import { mapTimeline, periodMask, type MapTimeline } from './mapTimeline';

/** What a map computes once for all its periods; each slider step then only picks and recolours. */
export interface PreparedMap {
  /** The code column beside the country names, when the table has one. */
  codes?: TextColumn;
  /** The periods to step through; none when the table has no time column. */
  timeline?: MapTimeline;
  /** Each period's values matched to countries, in the timeline's order (one list without one). */
  entries: MapEntry[][];
  /** Every value drawn in any period: classes cut over these hold still across the slider. */
  values: number[];
  frame: MapFrame;
}

/** The entry drawn for each country: the first value that names it. */
export function firstPerCountry(entries: MapEntry[]): Map<string, MapEntry> {
  const countries = new Map<string, MapEntry>();
  for (const e of entries)
    if (e.status === 'country' && !countries.has(e.country!.iso3))
      countries.set(e.country!.iso3, e);
  return countries;
}

/**
 * A map's values per period, summed per country value (in cents) and matched to countries,
 * each label matched once; every value that will be drawn; and the frame they fit (Europe when
 * every country in any period is European).
 */
export function prepareMap(
  table: Table,
  read: { x: TextColumn; y: NumberColumn; mask: Uint8Array },
  atlas: MapAtlas,
): PreparedMap {
  const { x, y, mask } = read;
  const codes = pairedCountryCodes(table, x, mask, atlas);
  const timeline = mapTimeline(table, x, mask);
  const masks = timeline
    ? timeline.codes.map((code) => periodMask(mask, timeline.column, code))
    : [mask];
  const known = new Map();
  const entries = masks.map((m) => mapEntries(sumItems(x, y, m, codes), atlas, known));
  const values: number[] = [];
  const countries = new Set<string>();
  for (const list of entries)
    for (const [iso3, e] of firstPerCountry(list)) {
      values.push(e.value);
      countries.add(iso3);
    }
  return { codes, timeline, entries, values, frame: mapFrame(countries) };
}
