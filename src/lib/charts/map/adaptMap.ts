import type { Table, TextColumn } from '../../data/table';
import type { ChartConfig } from '../config/chartConfig';
import { authorsPick } from '../config/authorsPick';
import { pickTime } from '../defaults/pickTime';
import { onePeriod } from '../treemap/adaptTreemap';
import { placeColumns } from './definition';

const PLACE_ROLES = ['partner', 'reporter', 'entity'];

/** A map of the partners (or reporters, or countries) with several values, at the latest period. */
export function adaptMap(table: Table, config: ChartConfig): ChartConfig {
  const places = placeColumns(table);
  const x =
    places.find((c) => c.name === config.series && c.dictionary.length > 1) ??
    places.find((c) => c.name === config.x && c.dictionary.length > 1) ??
    // The most places, partners first on a tie: a map of a reporter's partners is the usual one.
    places.sort(
      (a, b) =>
        b.dictionary.length - a.dictionary.length ||
        PLACE_ROLES.indexOf(a.role ?? '') - PLACE_ROLES.indexOf(b.role ?? ''),
    )[0] ??
    // No column is known to hold places (an IMF sheet's `Column 2`): the widest category.
    table.columns
      .filter(
        (c): c is TextColumn => c.type === 'category' && c.role !== 'code' && c.role !== 'time',
      )
      .sort((a, b) => b.dictionary.length - a.dictionary.length)[0];
  const next = onePeriod(table, config, x?.name ?? config.x);
  // A map shows every country: a choice of the leading few made for a line chart is dropped,
  // and the author's own pick set aside, to come back with the chart it was made for.
  if (x) {
    const picked = authorsPick(config, x.name);
    delete next.filters[x.name];
    if (picked) next.setAside = { column: x.name, values: picked };
  }
  // The period is the slider's, over every period of the rows: not a filter that keeps one.
  const time = pickTime(table);
  const chosen = time && next.filters[time.name];
  if (time && chosen?.length === 1 && time.name !== x?.name) {
    delete next.filters[time.name];
    return { ...next, period: next.period ?? chosen[0] };
  }
  return next;
}
