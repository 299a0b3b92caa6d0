import { describe, expect, it } from 'vitest';
import { findHeader } from '../../../../../src/lib/data/import/shape/findHeader';

const rows = (text: string, delimiter = ',') =>
  text.split('\n').map((line) => line.split(delimiter));

describe('findHeader', () => {
  const cases = [
    {
      name: 'a header on the first line',
      input: rows('a,b,c\n1,2,3\n4,5,6'),
      fields: 3,
      expected: { index: 0, rows: 1, fieldCount: 3 },
    },
    {
      name: '`# comment` lines above, one with a comma in it',
      input: rows(
        '# Source: World Bank, WDI\n## Units: US$ millions\nCountry,Year,Exports\nChina,2020,100',
      ),
      fields: 3,
      expected: { index: 2, rows: 1, fieldCount: 3 },
    },
    {
      name: 'a column named `#` (row numbers): a header, no comment',
      input: rows('#,Country,Exports\n1,China,100\n2,Russia,50'),
      fields: 3,
      expected: { index: 0, rows: 1, fieldCount: 3 },
    },
    {
      name: 'a line of only semicolons above',
      input: rows(';;\nLegend;Country;GDP\nTop;Germany;1,5', ';'),
      fields: 3,
      expected: { index: 1, rows: 1, fieldCount: 3 },
    },
    {
      name: 'IMF DOTS title rows with an empty first column',
      input: rows(
        ',,,\n,"Exports",,\n,,,\n,"US Dollars",,\n,,1961,1978\n,Australia,7.1,117.6\n,World,469.8,9650.2',
      ),
      fields: 4,
      expected: { index: 4, rows: 1, fieldCount: 4 },
    },
    {
      name: 'a World Bank preamble of shorter rows',
      input: [
        ['Data Source', 'WDI', ''],
        [''],
        ['Last Updated Date', '2023-10-26', ''],
        [''],
        ['Country Name', 'Country Code', '1960', '1961', ''],
        ['Aruba', 'ABW', '', '1', ''],
      ],
      fields: 5,
      expected: { index: 4, rows: 1, fieldCount: 5 },
    },
    {
      name: 'a header one field shorter than the rows (Comtrade+)',
      input: rows('a,b,c\n1,2,3,\n4,5,6,'),
      fields: 4,
      expected: { index: 0, rows: 1, fieldCount: 4 },
    },
    {
      name: 'two header rows under merged cells',
      input: rows(
        'Country,Exports,,Imports,\n,2020,2021,2020,2021\nGermany,1,2,3,4\nFrance,5,6,7,8',
      ),
      fields: 5,
      expected: { index: 0, rows: 2, fieldCount: 5 },
    },
  ];
  for (const { name, input, fields, expected } of cases) {
    it(`findHeader(${name}) finds record ${expected.index} spanning ${expected.rows} row(s)`, () => {
      expect(findHeader(input, fields)).toEqual(expected);
    });
  }

  it('findHeader(only empty cells) is null', () => {
    expect(findHeader(rows(',,\n,,'), 3)).toBeNull();
  });
});
