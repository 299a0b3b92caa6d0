import { describe, expect, it } from 'vitest';
import { nothingToChart } from '../../../../src/lib/charts/defaults/nothingToChart';
import { importCsv } from '../../../../src/lib/data/import';
import { makeNumberColumn, makeTextColumn } from '../../../../src/lib/data/makeColumn';
import type { Table } from '../../../../src/lib/data/table';
import { tradeTable } from '../tradeTable';

const table = (columns: Table['columns'], rowCount = 3): Table => ({
  id: 't',
  name: 'T',
  rowCount,
  columns,
  provenance: { citations: [] },
  issues: [],
});

describe('nothingToChart(table)', () => {
  it('is null when a column holds figures', () => {
    expect(nothingToChart(tradeTable())).toBeNull();
  });

  it('says when no column holds numbers, naming the columns as read (text stays text)', () => {
    const t = table([
      makeTextColumn('year', 'period', ['2020', '2021', '2022'], Number),
      makeTextColumn('<img src=x onerror=alert(1)>', 'category', ['1.5', '2.5', '=cmd|calc']),
    ]);
    expect(nothingToChart(t)).toBe(
      'There is nothing to draw: no column holds numbers. The columns read are “year” (periods), ' +
        '“<img src=x onerror=alert(1)>” (text). A column is read as numbers when at least four in ' +
        'five of its filled cells are numbers; if one should be, check its cells in the file.',
    );
  });

  it('lists at most eight columns', () => {
    const many = Array.from({ length: 11 }, (_, i) => makeTextColumn(`c${i}`, 'category', ['a']));
    expect(nothingToChart(table(many, 1))).toContain('“c7” (text) and 3 more.');
  });

  it('says when every number is missing, and when there are no rows', () => {
    expect(nothingToChart(table([makeNumberColumn('v', [null, null, null])]))).toContain(
      'every column of numbers is empty',
    );
    expect(nothingToChart(table([makeNumberColumn('v', [])], 0))).toContain('no rows of data');
  });

  it('says when one column of numbers has nothing to be drawn against', () =>
    expect(nothingToChart(table([makeNumberColumn('v', [1, 2, 3])]))).toContain(
      'nothing to draw against',
    ));

  it('names the line and cell that made a column of numbers text, as the import found them', () => {
    const csv = 'country,year,value\nA,2020,1\nC,2022,3\nE,2023,"unterminated\nF,2024,6\n';
    const r = importCsv(new TextEncoder().encode(csv), { name: 'q.csv', accessed: '2025-01-01' });
    if (!r.ok) throw new Error(r.error);
    const why = nothingToChart(r.table)!;
    expect(why).toMatch(/^There is nothing to draw: no column holds numbers\./);
    expect(why).toContain('“value”, line 4: Read as text');
    expect(why).toContain('“"unterminated”');
  });
});
