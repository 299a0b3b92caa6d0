import type { NumberColumn, Table } from '../../data/table';

// A share (of GDP, of world exports) is a headline measure; shares held (equity and fund
// shares, a financial account's asset class) are not.
const GOOD = /value|amount|trade|usd|us\$|dollars?|eur|export|import|gdp|total|share\b|%/i;
const BAD = /level|flag|code|qty|quantity|weight|wgt|estimates|year|month|period|growth|rank|id\b/i;

/** A measure's score by its role and name: whole numbers, trade values over weights and flags. */
function nameScore(c: NumberColumn): number {
  let s = c.role === 'measure' ? 2 : c.role === undefined ? 0 : -4;
  const name = `${c.name} ${c.label ?? ''}`;
  if (GOOD.test(name)) s += 3;
  if (BAD.test(name)) s -= 5;
  return s;
}

const hasData = (c: NumberColumn) => c.values.some((v) => !Number.isNaN(v));

/** The share of a column's rows with a figure. */
function filled(c: NumberColumn): number {
  let present = 0;
  for (let i = 0; i < c.values.length; i++) if (!Number.isNaN(c.values[i])) present++;
  return present / Math.max(1, c.values.length);
}

/**
 * Each measure with data, scored: its name score plus the share of its rows with a figure, a
 * share between 0 and 1 that only orders measures of one name score; counted only for those
 * (a pass over a million rows), a half standing in for it elsewhere.
 */
function scored(columns: NumberColumn[]): { c: NumberColumn; s: number }[] {
  const named = columns.filter(hasData).map((c) => ({ c, n: nameScore(c) }));
  const sharing = new Map<number, number>();
  for (const { n } of named) sharing.set(n, (sharing.get(n) ?? 0) + 1);
  return named.map(({ c, n }) => ({ c, s: n + (sharing.get(n)! > 1 ? filled(c) : 0.5) }));
}

/**
 * The measures worth charting, best first: trade values over quantities, weights, levels and
 * flags; columns with data over empty ones. With `alike`, also the others in the best one's
 * unit (the annual table's three US$ series), up to four.
 */
export function pickMeasures(table: Table, alike = false): string[] {
  const numbers = table.columns.filter(
    (c): c is NumberColumn =>
      c.type === 'number' && c.role !== 'time' && c.role !== 'code' && c.role !== 'unit',
  );
  const ranked = scored(numbers).sort((a, b) => b.s - a.s);
  if (!ranked.length) return [];
  const best = ranked[0].c;
  if (!alike || !best.unit) return [best.name];
  return ranked
    .filter((x) => x.s > 0 && x.c.unit === best.unit)
    .slice(0, 4)
    .map((x) => x.c.name);
}
