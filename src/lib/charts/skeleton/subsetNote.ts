import type { Table } from '../../data/table';
import { columnTitle } from '../words/humanName';
import { nameList } from '../words/nameList';

/**
 * What a whole drawn from part of a table must say (a treemap's total, a map's countries): the
 * filters that keep several values of a column but not all of them (`Only 5 of the 97
 * commodities are included, as chosen in the filters: …`). One value kept is a fact the subtitle
 * says; every value kept is no filter. Null when no filter leaves values out.
 */
export function subsetNote(table: Table, filters: Record<string, string[]>): string | null {
  const said: string[] = [];
  for (const [name, values] of Object.entries(filters)) {
    const column = table.columns.find((c) => c.name === name);
    if (!column || column.type === 'number' || values.length < 2) continue;
    const kept = values.filter((v) => column.dictionary.includes(v));
    const all = column.dictionary.length;
    if (kept.length < 2 || kept.length >= all) continue;
    const shown =
      nameList(kept.slice(0, 4)) + (kept.length > 4 ? ` and ${kept.length - 4} more` : '');
    said.push(`${kept.length} of the ${all} values of “${columnTitle(column)}” (${shown})`);
  }
  return said.length ? `Only ${said.join('; ')} are included, as chosen in the filters.` : null;
}
