import type { Column, NumberColumn, Table, TextColumn } from '../../data/table';
import { DESCRIBING } from '../prepare/measureUnit';
import { parseUnit, type Unit } from '../units/parseUnit';
import { leadingValues } from './leadingValues';

/** How a file names the size of an economy in one currency: WEO's, the World Bank's wording. */
const GDP = /^(gross domestic product,? current prices|gdp,? current prices|gdp \(current us\$\))/i;
/** Its size in people, when it gives no GDP in a currency. */
const POPULATION = /^population(,? total)?$/i;

/**
 * A measure whose largest figures are outliers rather than the economies a reader looks for:
 * a rate, share or index (growth of Libya, inflation of Venezuela), not an amount.
 */
export function isRate(unit: Unit): boolean {
  return unit.percent || (unit.currency === undefined && unit.scale === 1 && !unit.name);
}

/** US dollars, and not the international (PPP) dollars a parser of words also reads as such. */
const inDollars = (label: string) =>
  !/purchasing power|international dollar|ppp/i.test(label) && parseUnit(label).currency === 'USD';
/** International dollars: GDP at purchasing power parity, comparable across economies too. */
const atParity = (label: string) => /purchasing power parity|international dollar/i.test(label);

/** Sizes of economies a file may give, the most telling first. */
const SIZES: { name: RegExp; unit?: (label: string) => boolean }[] = [
  { name: GDP, unit: inDollars },
  { name: GDP, unit: atParity },
  { name: POPULATION },
];

/**
 * The rows where `about` names the size and the unit agrees: the unit column's label, else the
 * indicator's own words (`GDP (current US$)`); any unit for a count of people.
 */
function sizeRows(
  table: Table,
  about: TextColumn,
  codes: Set<number>,
  unit?: (label: string) => boolean,
): Uint8Array {
  const units = table.columns.filter(
    (c): c is TextColumn => c.role === 'unit' && c.type !== 'number',
  );
  const rows = new Uint8Array(about.codes.length);
  for (let r = 0; r < rows.length; r++) {
    const code = about.codes[r];
    if (!codes.has(code)) continue;
    const said = (c: TextColumn) => c.codes[r] >= 0 && unit!(c.dictionary[c.codes[r]]);
    rows[r] = !unit || unit(about.dictionary[code]) || units.some(said) ? 1 : 0;
  }
  return rows;
}

/**
 * The values of `split` ordered by the size of the economy, from an indicator of the same table
 * that gives it (GDP in US dollars, else at purchasing power parity, else population), largest
 * first; groups
 * (World, regions) left out. Undefined when the table gives no size.
 */
export function bySize(
  table: Table,
  split: TextColumn,
  y: NumberColumn,
  time: Column | undefined,
  groups: ReadonlySet<string>,
): string[] | undefined {
  const about = table.columns.filter(
    (c): c is TextColumn =>
      c.type === 'category' && c.name !== split.name && DESCRIBING.test(c.name),
  );
  for (const size of SIZES)
    for (const column of about) {
      const named = (v: string, c: number) => (size.name.test(v.trim()) ? [c] : []);
      const codes = new Set(column.dictionary.flatMap(named));
      if (!codes.size) continue;
      const rows = sizeRows(table, column, codes, size.unit);
      const order = leadingValues(split, y, time, rows, Infinity, groups);
      const economies = order.filter((v) => !groups.has(v));
      if (economies.length > 1) return economies;
    }
  return undefined;
}
