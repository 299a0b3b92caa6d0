import { describe, expect, it } from 'vitest';
import { makeNumberColumn, makeTextColumn } from '../../../src/lib/data/makeColumn';
import type { Table } from '../../../src/lib/data/table';
import { isTable, tableTransferables } from '../../../src/lib/data/transferTable';

const table = (): Table => ({
  id: 't',
  name: 't',
  rowCount: 2,
  columns: [
    makeTextColumn('year', 'period', ['2020', '2021'], Number),
    makeNumberColumn('value', [1, null]),
  ],
  provenance: { citations: [] },
  issues: [],
});

describe('tableTransferables(table)', () => {
  it('lists each column buffer once, keys included', () => {
    expect(tableTransferables(table())).toHaveLength(3);
  });
});

describe('isTable(value)', () => {
  it('refuses what is not a table, or a table whose buffers were emptied', () => {
    expect(isTable(null)).toBe(false);
    expect(isTable({ id: 1 })).toBe(false);
    const emptied = table();
    structuredClone(emptied, { transfer: tableTransferables(emptied) });
    expect(isTable(emptied)).toBe(false);
  });
});
