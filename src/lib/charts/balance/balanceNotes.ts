import { ChartNotes } from '../skeleton/chartNotes';
import type { ChartConfig } from '../config/chartConfig';
import type { BalanceData } from './balanceData';
import { columnTitle } from '../words/humanName';
import { subsetNote } from '../skeleton/subsetNote';
import type { Table } from '../../data/table';
import { PLACE_ROLES } from '../../data/meaning/aggregates';

const WHAT: Record<string, string> = {
  're-exports':
    'goods exported again in the state they were imported, counted by some reporters inside their exports and by others apart',
  're-imports':
    'goods imported again in the state they were exported, counted by some reporters inside their imports and by others apart',
};

/** How the two sides of a balance are usually valued, said under every balance. */
export const VALUATION =
  'Exports are usually valued FOB (at the border) and imports CIF (with freight and insurance to it), so a balance from such figures leans towards a deficit; official balances may use other valuations.';

/**
 * What a balance must say: how it is computed, which flows it leaves out and why (re-exports
 * and re-imports are never silently summed), and the partners not shown.
 */
export function balanceNotes(
  table: Table,
  data: BalanceData,
  config: ChartConfig,
  amount: (v: number) => string,
  hiddenPanels: number,
): string[] {
  const notes = new ChartNotes();
  config.text?.notes?.forEach((n) => notes.add(n));
  notes.add(
    'Balance = exports − imports, each summed per period to the cent: derived, not reported. Above zero a surplus, below a deficit.',
  );
  // A reporter's own balance sets exports valued at its border against imports valued with the
  // freight and insurance to it: wider than a balance of like values (a US–China 2017 deficit
  // of $396 bn from Comtrade's rows, against about $375 bn in US goods statistics).
  notes.add(VALUATION);
  for (const o of data.others) {
    const rows = `${o.rows} row${o.rows === 1 ? '' : 's'}, ${amount(o.cents / 100)} in all`;
    notes.add(
      o.kind && WHAT[o.kind]
        ? `“${o.label}” (${rows}) are ${WHAT[o.kind]}: they are not added to either side, so the balance is of exports and imports as reported.`
        : `Flow “${o.label}” (${rows}) is neither exports nor imports: it is left out of the balance.`,
    );
  }
  const missing = data.panels.flatMap((p) =>
    Array.from(p.exportRows, (e, i) => e > 0 !== p.importRows[i] > 0).filter(Boolean),
  ).length;
  if (missing)
    notes.add(
      `${missing} period${missing === 1 ? ' has' : 's have'} exports or imports but not both: no balance is drawn there.`,
    );
  // Filters that keep part of a column the balance adds up (commodities) make it a balance of
  // that part; the places, drawn as panels, and the flows are no such subset.
  const summed = Object.entries(config.filters).filter(([name]) => {
    const role = table.columns.find((c) => c.name === name)?.role ?? '';
    return name !== data.flow.name && !PLACE_ROLES.has(role);
  });
  const subset = subsetNote(table, Object.fromEntries(summed));
  if (subset) notes.add(`${subset} The balance is of those rows only.`);
  if (hiddenPanels > 0 && data.by)
    notes.add(
      `Showing the ${data.panels.length - hiddenPanels} largest of ${data.panels.length} by total trade; choose others in the ${columnTitle(data.by)} filter.`,
    );
  return notes.all;
}
