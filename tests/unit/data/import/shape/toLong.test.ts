import { describe, expect, it } from 'vitest';
import { detectShape, periodColumns } from '../../../../../src/lib/data/import/shape/detectShape';
import { MAX_LONG_CELLS, toLong } from '../../../../../src/lib/data/import/shape/toLong';
import { makeNumberColumn, makeTextColumn } from '../../../../../src/lib/data/makeColumn';
import type { NumberColumn, Table, TextColumn } from '../../../../../src/lib/data/table';
import { cell, importOk } from '../importHelpers';

describe('toLong', () => {
  it('toLong(a wide table) gives one row per key row and period, keys first, then period and value', () => {
    const { table } = importOk('Country,Code,2020,2021\nChina,CHN,1.5,\nRussia,RUS,3,4\n');
    const long = toLong(table);
    expect(long.columns.map((c) => [c.name, c.type, c.role])).toEqual([
      ['Country', 'category', 'entity'],
      ['Code', 'category', 'code'],
      ['period', 'period', 'time'],
      ['value', 'number', 'measure'],
    ]);
    expect(long.rowCount).toBe(4);
    const rows = Array.from({ length: 4 }, (_, r) =>
      long.columns.map((c) => cell(long, c.name, r)),
    );
    expect(rows).toEqual([
      ['China', 'CHN', '2020', 1.5],
      ['China', 'CHN', '2021', null],
      ['Russia', 'RUS', '2020', 3],
      ['Russia', 'RUS', '2021', 4],
    ]);
    expect([...(long.columns[2] as TextColumn).keys!]).toEqual([2020, 2021]);
  });

  it('toLong(DataBank headers) labels periods by their year and carries Eurostat flags', () => {
    const { table } = importOk('geo\\time\t2021 [YR2021]\t2022 [YR2022]\nAT\t1 p\t2\n');
    const long = toLong(table);
    const value = long.columns[2] as NumberColumn;
    expect([cell(long, 'period', 0), cell(long, 'period', 1)]).toEqual(['2021', '2022']);
    expect(value.flags!.dictionary[value.flags!.codes[0]]).toBe('p');
    expect(value.flags!.codes[1]).toBe(-1);
  });

  it("toLong(a table with a 'period' column already) names the new one 'period (2)'", () => {
    const { table } = importOk('period,2020,2021\na,1,2\n');
    expect(toLong(table).columns.map((c) => c.name)).toEqual(['period', 'period (2)', 'value']);
  });

  it('toLong(a long table) returns it unchanged', () => {
    const { table } = importOk('Country,Year,Value\nChina,2021,1\n');
    expect(toLong(table)).toBe(table);
  });
});

describe('detectShape', () => {
  const cases = [
    { input: 'Country,1960,1961\nA,1,2\n', expected: 'wide' },
    { input: 'Country,2022Q1,2022Q2\nA,1,2\n', expected: 'wide' },
    { input: 'Country,Year,Value\nA,2020,1\n', expected: 'long' },
    { input: 'Country,2020,Value\nA,1,2\n', expected: 'long' },
  ];
  for (const { input, expected } of cases) {
    it(`detectShape(${JSON.stringify(input.split('\n')[0])}) is ${expected}`, () => {
      const { table } = importOk(input);
      expect(detectShape(table.columns)).toBe(expected);
      expect(periodColumns(table.columns).length > 0).toBe(expected === 'wide');
    });
  }
});

describe('toLong(a table too wide to make long)', () => {
  it('keeps it wide, with a warning, rather than build more than MAX_LONG_CELLS cells', () => {
    const others = Array.from({ length: 200 }, (_, i) => makeNumberColumn(`m${i}`, [1, 2]));
    const periods = Array.from({ length: 2000 }, (_, i) =>
      makeNumberColumn(String(1000 + i), [i, i + 1]),
    );
    const wide: Table = {
      id: 'w',
      name: 'w.csv',
      rowCount: 2,
      columns: [makeTextColumn('country', 'category', ['A', 'B']), ...others, ...periods],
      provenance: { citations: [] },
      issues: [],
    };
    // 2 rows × 2,000 periods × (201 keys + period + value) = 812,000 cells: under the limit.
    expect(toLong(wide).rowCount).toBe(4000);
    const big = { ...wide, rowCount: 200 };
    big.columns = wide.columns.map((c) =>
      c.type === 'number'
        ? makeNumberColumn(
            c.name,
            Array.from({ length: 200 }, (_, r) => r),
          )
        : makeTextColumn(
            c.name,
            'category',
            Array.from({ length: 200 }, (_, r) => `C${r}`),
          ),
    );
    // 200 × 2,000 × 203 = 81,200,000 cells: over.
    expect(200 * 2000 * 203).toBeGreaterThan(MAX_LONG_CELLS);
    const kept = toLong(big);
    expect(kept.rowCount).toBe(200);
    expect(kept.columns).toHaveLength(2201);
    expect(kept.issues).toEqual([
      expect.objectContaining({
        line: null,
        severity: 'warning',
        message: expect.stringMatching(/^Kept wide: .*400,000 rows, each repeating the 201 other/),
      }),
    ]);
  });
});
