import type { NumberColumn, Table } from '../../data/table';

const KIND: Record<string, string> = {
  period: 'periods',
  date: 'dates',
  category: 'text',
  text: 'text',
};
const SHOWN = 8;

/** Where the import found the cells that made a column of mostly numbers text, if it did. */
function whyText(table: Table): string {
  const found = table.issues.filter((i) => i.column && /^Read as text/.test(i.message));
  return found
    .slice(0, 3)
    .map((i) => {
      const where = i.cell ?? (i.line ? `line ${i.line}` : '');
      return ` “${i.column}”${where ? `, ${where}` : ''}: ${i.message}`;
    })
    .join('');
}

/**
 * Why a table gives no chart at all, said for the reader, or null when there is something to
 * draw: a chart of nothing would show an axis of zeros and no source, which looks like data.
 */
export function nothingToChart(table: Table): string | null {
  if (table.rowCount === 0) return 'There is nothing to draw: the table has no rows of data.';
  const numbers = table.columns.filter((c): c is NumberColumn => c.type === 'number');
  if (numbers.length === 0) {
    const named = table.columns
      .slice(0, SHOWN)
      .map((c) => `“${c.label ?? c.name}” (${KIND[c.type] ?? c.type})`);
    const more = table.columns.length - SHOWN;
    const list = more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
    return (
      `There is nothing to draw: no column holds numbers. The columns read are ${list}. ` +
      'A column is read as numbers when at least four in five of its filled cells are numbers; ' +
      `if one should be, check its cells in the file.${whyText(table)}`
    );
  }
  if (numbers.every((c) => !c.values.some(Number.isFinite))) {
    return 'There is nothing to draw: every column of numbers is empty (all its values are missing).';
  }
  if (numbers.length === 1 && table.columns.length === 1) {
    return (
      `There is nothing to draw against: the only column, “${numbers[0].label ?? numbers[0].name}”, ` +
      'holds numbers, with no periods, dates or names beside them. Add a column of years or names.'
    );
  }
  return null;
}
