import { describe, expect, it } from 'vitest';
import { makeNumberColumn, makeTextColumn } from '../../../../../src/lib/data/makeColumn';
import { inferRole } from '../../../../../src/lib/data/import/values/inferRole';
import type { Column, ColumnType } from '../../../../../src/lib/data/table';

function column(name: string, type: ColumnType, values: string[] = ['a']): Column {
  return type === 'number' ? makeNumberColumn(name, [1]) : makeTextColumn(name, type, values);
}

describe('inferRole', () => {
  const cases: {
    name: string;
    type: ColumnType;
    values?: string[];
    code?: boolean;
    expected: string;
  }[] = [
    { name: 'Country Name', type: 'category', expected: 'entity' },
    { name: 'Entity', type: 'category', expected: 'entity' },
    { name: 'Reporter', type: 'category', expected: 'reporter' },
    { name: 'reporterDesc', type: 'category', expected: 'reporter' },
    { name: 'Partner', type: 'category', expected: 'partner' },
    { name: 'partnerDesc', type: 'category', expected: 'partner' },
    { name: 'Trade Flow', type: 'category', expected: 'flow' },
    { name: 'flowDesc', type: 'category', expected: 'flow' },
    { name: 'Direction', type: 'category', values: ['Import', 'Export'], expected: 'flow' },
    { name: 'Trade Value (US$)', type: 'number', expected: 'measure' },
    { name: 'primaryValue', type: 'number', expected: 'measure' },
    { name: 'value', type: 'number', expected: 'measure' },
    { name: 'Currency and deposits', type: 'number', expected: 'measure' },
    { name: 'Commodity Code', type: 'category', code: true, expected: 'code' },
    { name: 'Year', type: 'period', expected: 'time' },
    { name: 'refMonth', type: 'number', expected: 'time' },
    { name: '1990 [YR1990]', type: 'number', expected: 'measure' },
    { name: 'Units', type: 'category', expected: 'unit' },
    { name: 'Source', type: 'category', expected: 'source' },
    { name: 'Subject Notes', type: 'text', expected: 'note' },
    { name: 'Flag', type: 'number', expected: 'note' },
    { name: 'Commodity', type: 'text', expected: 'other' },
  ];
  for (const { name, type, values, code, expected } of cases) {
    it(`inferRole('${name}' ${type}) is ${expected}`, () => {
      expect(inferRole(column(name, type, values), code ?? false)).toBe(expected);
    });
  }
});

describe('inferRole(numbers named after places)', () => {
  const numbers = (name: string) =>
    ({ name, type: 'number', values: new Float64Array([156, 643]) }) as const;
  it("reads UNCTADstat's numeric Economy and Partner as codes, a land area as a measure", () => {
    expect(inferRole({ ...numbers('Economy'), values: new Float64Array(2) }, false)).toBe('code');
    expect(inferRole(numbers('Partner'), false)).toBe('code');
    expect(inferRole(numbers('Land area (km2)'), false)).toBe('measure');
    expect(inferRole(numbers('UNIT_MULT'), false)).toBe('unit');
    expect(inferRole(numbers('PowerCode Code'), false)).toBe('unit');
  });
});

describe('inferRole(levels and yes/no numbers)', () => {
  const numbers = (name: string, values: number[]) =>
    ({ name, type: 'number', values: Float64Array.from(values) }) as const;
  it("reads Comtrade's classification levels and leaf markers as codes, not measures", () => {
    expect(inferRole(numbers('Aggregate Level', [2, 4, 6, 2, NaN]), false)).toBe('code');
    expect(inferRole(numbers('aggrLevel', [0, 2, 4, 6]), false)).toBe('code');
    expect(inferRole(numbers('Is Leaf Code', [0, 1, 1]), false)).toBe('code');
    expect(inferRole(numbers('isLeaf', [1, 0]), false)).toBe('code');
    expect(inferRole(numbers('Trade Flow Code', [1, 2, 3]), false)).toBe('code');
  });

  it('keeps quantities with such names, and the legacy Flag, as they were', () => {
    // Values beyond a handful of small whole numbers are amounts, whatever the name.
    expect(inferRole(numbers('Stock level', [1200, 1350.5]), false)).toBe('measure');
    expect(
      inferRole(
        numbers(
          'Level',
          Array.from({ length: 30 }, (_, i) => i),
        ),
        false,
      ),
    ).toBe('measure');
    // A name that says amount stays one, small numbers or not.
    expect(inferRole(numbers('Tariff level (%)', [5, 10, 12]), false)).toBe('measure');
    expect(inferRole(numbers('Value level', [1, 2]), false)).toBe('measure');
    expect(inferRole(numbers('Flag', [0, 4, 6]), false)).toBe('note');
    expect(inferRole(numbers('Trade Value (US$)', [1, 2]), false)).toBe('measure');
  });
});
