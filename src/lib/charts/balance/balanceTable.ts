import { columnTitle } from '../words/humanName';
import type { DataTable } from '../spec';
import type { BalancePanel } from './balanceData';

/** A balance as a table: a row per (partner and) period with exports, imports and the balance. */
export function balanceTable(
  panels: BalancePanel[],
  periods: string[],
  by: { name: string; label?: string } | undefined,
  x: { name: string; label?: string },
  amount: (v: number) => string,
  caption: string,
): DataTable {
  const cell = (cents: number, rows: number) => (rows ? amount(cents / 100) : 'no figure');
  const rows = panels.flatMap((p) =>
    periods.map((period, i) => {
      const both = p.exportRows[i] > 0 && p.importRows[i] > 0;
      return [
        ...(by ? [p.label] : []),
        period,
        cell(p.exports[i], p.exportRows[i]),
        cell(p.imports[i], p.importRows[i]),
        both ? amount((p.exports[i] - p.imports[i]) / 100) : 'no figure',
      ];
    }),
  );
  return {
    caption,
    columns: [
      ...(by ? [columnTitle(by)] : []),
      columnTitle(x),
      'Exports',
      'Imports',
      'Balance (exports − imports)',
    ],
    rows,
  };
}
