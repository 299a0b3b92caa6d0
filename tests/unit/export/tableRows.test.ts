import { describe, expect, it } from 'vitest';
import { makeNumberColumn, makeTextColumn } from '../../../src/lib/data/makeColumn';
import type { Table } from '../../../src/lib/data/table';
import { tableRows } from '../../../src/lib/export/tableRows';

const table: Table = {
  id: 't',
  name: 'T',
  rowCount: 3,
  columns: [
    makeTextColumn('year', 'period', ['2014', '2015', '2016']),
    makeNumberColumn('usd_bn', [95.28, null, 69.525]),
    makeTextColumn('note', 'text', [null, 'no US-dollar figure', null]),
  ],
  provenance: { citations: [] },
  issues: [],
};

describe('tableRows(table, names)', () => {
  it('gives every column as plain rows, a missing value as null', () =>
    expect(tableRows(table)).toEqual({
      columns: ['year', 'usd_bn', 'note'],
      rows: [
        ['2014', 95.28, null],
        ['2015', null, 'no US-dollar figure'],
        ['2016', 69.525, null],
      ],
    }));

  it('gives the named columns, in the order named', () =>
    expect(tableRows(table, ['usd_bn', 'year']).rows[0]).toEqual([95.28, '2014']));
});
