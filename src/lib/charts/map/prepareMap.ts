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
  /** Every value drawn in any period: the key's range, which holds still across the slider. */
  values: number[];
  /**
   * The period the classes are cut over, when there are several: the latest in which at least
   * half as many countries have a value as in the best-covered one. Cut over every period
   * instead, decades of growing trade put the latest year's countries nearly all in the top class.
   */
  classPeriod?: string;
  /** The values the classes are cut over: the class period's, else every value. */
  classValues: number[];
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
 * each label matched once; every value that will be drawn, and those its classes are cut
 * over; and the frame they fit (Europe when every country in any period is European).
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
  const drawn = entries.map((list) => [...firstPerCountry(list)]);
  const values = drawn.flatMap((list) => list.map(([, e]) => e.value));
  const countries = new Set(drawn.flatMap((list) => list.map(([iso3]) => iso3)));
  const most = Math.max(0, ...drawn.map((list) => list.length));
  let at = drawn.length - 1;
  while (at > 0 && drawn[at].length * 2 < most) at--;
  const several = timeline !== undefined && timeline.periods.length > 1;
  return {
    codes,
    timeline,
    entries,
    values,
    ...(several && { classPeriod: timeline.periods[at] }),
    classValues: several ? drawn[at].map(([, e]) => e.value) : values,
    frame: mapFrame(countries),
  };
}
