import { describe, expect, it } from 'vitest';
import { cleanValues } from '../../../../../src/lib/data/import/values/cleanValues';
import { inferColumnType } from '../../../../../src/lib/data/import/values/inferColumnType';

function column(name: string, values: string[]) {
  const dictionary = ['', ...new Set(values.filter((v) => v !== ''))];
  const codes = Int32Array.from(values, (v) => dictionary.indexOf(v));
  return cleanValues(name, 1, dictionary, codes, values.length);
}

describe('inferColumnType', () => {
  const cases = [
    { name: 'Value', values: ['1,234.5', '17', 'n/a', ''], expected: 'number' },
    { name: 'Commodity Code', values: ['1', '2', '3'], expected: 'category' },
    { name: 'cmdCode', values: ['0101', '0102', '0201'], expected: 'category' },
    { name: 'HS', values: ['00', '01', '02'], expected: 'category' },
    { name: 'ISO3', values: ['DEU', 'FRA', ''], expected: 'category' },
    { name: 'X', values: ['0101', '0102', '1001'], expected: 'category' },
    { name: 'Year', values: ['2020', '2021', '2022'], expected: 'period' },
    { name: 'refYear', values: ['2023', '2023'], expected: 'period' },
    { name: 'Quantity', values: ['2020', '2021', '2022'], expected: 'number' },
    { name: 'When', values: ['2022Q1', '2022Q2', 'Q3 2022'], expected: 'period' },
    { name: 'Month', values: ['Mar 2022', '2022M04'], expected: 'period' },
    { name: 'Day', values: ['2023-10-26', '2023-10-27'], expected: 'date' },
    { name: 'isLeaf', values: ['true', 'false', 'true'], expected: 'category' },
    { name: 'Country', values: ['Germany', 'France', 'Germany'], expected: 'category' },
    { name: 'Notes', values: ['x'.repeat(120), 'y'.repeat(90)], expected: 'text' },
    { name: 'Empty', values: ['', '', ''], expected: 'category' },
    { name: '2003', values: ['', ':', ''], expected: 'number', periodName: true },
  ];
  for (const { name, values, expected, periodName } of cases) {
    it(`inferColumnType('${name}': ${JSON.stringify(values.slice(0, 3)).slice(0, 60)}) is ${expected}`, () => {
      expect(inferColumnType(column(name, values), { decimal: '.', periodName }).type).toBe(
        expected,
      );
    });
  }

  it('inferColumnType(a code column) marks it as codes', () => {
    expect(inferColumnType(column('Reporter Code', ['842', '156']), { decimal: '.' }).code).toBe(
      true,
    );
  });

  it('inferColumnType(a column of long unique labels) is text', () => {
    const values = Array.from({ length: 30 }, (_, i) => `A fairly long description number ${i}`);
    expect(inferColumnType(column('Description', values), { decimal: '.' }).type).toBe('text');
  });
});
