import type { Column, Table } from '../../data/table';
import { keptLabels } from './rowMask';

/**
 * Columns that give the power of ten a table's figures are in: OECD.Stat's `PowerCode Code`
 * (`6`) beside `PowerCode` (`Millions`), SDMX's `UNIT_MULT` (`9`), `Unit multiplier`.
 */
export const POWER_COLUMN = /^(power ?code( code)?|unit[ _]?mult(iplier)?( code)?|multiplier)$/i;

/** The one value a column has among the kept rows, as text; undefined when none or several. */
function onlyValue(column: Column, mask: Uint8Array): string | undefined {
  if (column.type !== 'number') {
    const labels = keptLabels(column, mask);
    return labels.length === 1 ? labels[0] : undefined;
  }
  let seen: number | undefined;
  for (let r = 0; r < column.values.length; r++) {
    const v = column.values[r];
    if (!mask[r] || Number.isNaN(v)) continue;
    if (seen === undefined) seen = v;
    else if (seen !== v) return undefined;
  }
  return seen === undefined ? undefined : String(seen);
}

/**
 * The power of ten the kept rows' figures are in, from a power column with one whole value
 * from 0 to 15 among them (`6` is millions); undefined when no column says, or when rows of
 * different powers are kept (no scale can be right for them all).
 */
export function unitMultiplier(table: Table, mask: Uint8Array): number | undefined {
  for (const c of table.columns) {
    if (!POWER_COLUMN.test(c.name.trim())) continue;
    const v = onlyValue(c, mask)?.trim();
    if (v !== undefined && /^\d{1,2}$/.test(v) && Number(v) <= 15) return 10 ** Number(v);
  }
  return undefined;
}
