import type { Column, Table } from '../../data/table';

/** The time column: a period or date column first, then a number column named like time. */
export function pickTime(table: Table): Column | undefined {
  const times = table.columns.filter((c) => c.role === 'time');
  const distinct = (c: Column) =>
    c.type === 'number' ? new Set(c.values).size : c.dictionary.length;
  const typed = times.filter((c) => c.type === 'period' || c.type === 'date');
  const pool = typed.length ? typed : times;
  return [...pool].sort((a, b) => distinct(b) - distinct(a))[0];
}
