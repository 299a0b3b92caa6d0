import type { NumberColumn, Table } from '../../data/table';

const GOOD = /value|amount|trade|usd|us\$|dollars?|eur|export|import|gdp|total|share|%/i;
const BAD = /level|flag|code|qty|quantity|weight|wgt|estimates|year|month|period|growth|rank|id\b/i;

function score(c: NumberColumn): number {
  let s = c.role === 'measure' ? 2 : c.role === undefined ? 0 : -4;
  const name = `${c.name} ${c.label ?? ''}`;
  if (GOOD.test(name)) s += 3;
  if (BAD.test(name)) s -= 5;
  let present = 0;
  for (let i = 0; i < c.values.length; i++) if (!Number.isNaN(c.values[i])) present++;
  if (present === 0) return -Infinity;
  return s + present / Math.max(1, c.values.length);
}

/**
 * The measures worth charting, best first: trade values over quantities, weights, levels and
 * flags; columns with data over empty ones. With `alike`, also the others in the best one's
 * unit (the annual table's three US$ series), up to four.
 */
export function pickMeasures(table: Table, alike = false): string[] {
  const ranked = table.columns
    .filter(
      (c): c is NumberColumn =>
        c.type === 'number' && c.role !== 'time' && c.role !== 'code' && c.role !== 'unit',
    )
    .map((c) => ({ c, s: score(c) }))
    .filter((x) => x.s > -Infinity)
    .sort((a, b) => b.s - a.s);
  if (!ranked.length) return [];
  const best = ranked[0].c;
  if (!alike || !best.unit) return [best.name];
  return ranked
    .filter((x) => x.s > 0 && x.c.unit === best.unit)
    .slice(0, 4)
    .map((x) => x.c.name);
}
