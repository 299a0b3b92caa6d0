import { figureColumns, roleColumn } from '../../data/columnValue';
import type { Table } from '../../data/table';
import { findFlowColumn } from '../balance/balanceData';

/**
 * Why a table cannot make a mirror view, or null when it can: it needs two columns of figures
 * (one reporter's and the other's), or, in long rows with a flow, two reporters whose rows name
 * each other as partner (see mirrorFromRows).
 */
export function mirrorUnfit(table: Table): string | null {
  if (figureColumns(table).length >= 2) return null;
  const [reporter, partner] = [roleColumn(table, 'reporter'), roleColumn(table, 'partner')];
  if (reporter && partner && findFlowColumn(table)) {
    const partners = new Set(partner.dictionary);
    if (reporter.dictionary.filter((r) => r !== '' && partners.has(r)).length >= 2) return null;
  }
  return 'needs two columns of figures, or two reporters whose rows name each other as partner';
}
