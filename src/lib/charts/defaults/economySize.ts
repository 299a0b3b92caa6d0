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

/** Per label of `column`, whether `test` holds for it: judged once a label, not once a row. */
const labelsWhere = (column: TextColumn, test: (label: string) => boolean) =>
  Uint8Array.from(column.dictionary, (label) => (test(label) ? 1 : 0));

/**
 * The rows where `about` names the size and the unit agrees: the unit column's label, else the
 * indicator's own words (`GDP (current US$)`); any unit for a count of people.
 */
function sizeRows(
  table: Table,
  about: TextColumn,
  named: Uint8Array,
  unit?: (label: string) => boolean,
): Uint8Array {
  const own = unit ? labelsWhere(about, unit) : named;
  const units = table.columns
    .filter((c): c is TextColumn => c.role === 'unit' && c.type !== 'number')
    .map((c) => ({ codes: c.codes, ok: unit ? labelsWhere(c, unit) : null }));
  const rows = new Uint8Array(about.codes.length);
  for (let r = 0; r < rows.length; r++) {
    const code = about.codes[r];
    if (code < 0 || !named[code]) continue;
    rows[r] = own[code] || units.some((u) => u.codes[r] >= 0 && u.ok?.[u.codes[r]]) ? 1 : 0;
  }
  return rows;
}

/**
 * The values of `split` ordered by the size of the economy, from an indicator of the same table
 * that gives it (GDP in US dollars, else at purchasing power parity, else population), largest
 * first; groups (World, regions) left out. Undefined when the table gives no size.
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
      const named = labelsWhere(column, (v) => size.name.test(v.trim()));
      if (!named.includes(1)) continue;
      const rows = sizeRows(table, column, named, size.unit);
      const order = leadingValues(split, y, time, rows, Infinity, groups);
      const economies = order.filter((v) => !groups.has(v));
      if (economies.length > 1) return economies;
    }
  return undefined;
}
