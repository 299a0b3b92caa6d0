import { describe, expect, it } from 'vitest';
import { detectShape, periodColumns } from '../../../../src/lib/data/import/detectShape';
import { toLong } from '../../../../src/lib/data/import/toLong';
import type { NumberColumn, TextColumn } from '../../../../src/lib/data/table';
import { cell, importOk } from './importHelpers';

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
