import type { NumberColumn, Table } from '../../data/table';
import { pickMeasures } from '../defaults/pickMeasures';
import { rowMask } from '../prepare/rowMask';
import { measureUnit } from '../prepare/measureUnit';

// A table's columns never change once imported: each is told once.
const told = new WeakMap<Table, string | null>();

/**
 * Why a chart of parts that add up (a treemap, stacked areas) cannot chart a table, said in the
 * type picker: every value it could chart is a percentage (exports as % of GDP), and
 * percentages do not add up to a whole. Null when one is an amount.
 */
export function onlyShares(table: Table): string | null {
  if (told.has(table)) return told.get(table)!;
  const measures = pickMeasures(table)
    .map((name) => table.columns.find((c) => c.name === name))
    .filter((c): c is NumberColumn => c?.type === 'number');
  const all = rowMask(table, {}).mask;
  const shares = measures.length > 0 && measures.every((c) => measureUnit(table, c, all).percent);
  const why = shares
    ? 'needs amounts that add up; the values here are percentages, which do not add up to a whole'
    : null;
  told.set(table, why);
  return why;
}
