import { describe, expect, it } from 'vitest';
import {
  chooseDelimiter,
  DELIMITERS,
  scoreFieldCounts,
} from '../../../../../src/lib/data/import/text/chooseDelimiter';
import {
  createRowReader,
  type Delimiter,
} from '../../../../../src/lib/data/import/text/createRowReader';

function samples(text: string): Map<Delimiter, string[][]> {
  return new Map(
    DELIMITERS.map((d) => {
      const reader = createRowReader(d, '\n');
      return [d, [...reader.push(text), ...reader.end()]];
    }),
  );
}

describe('chooseDelimiter', () => {
  const cases = [
    { name: 'commas', input: 'a,b,c\n1,2,3\n4,5,6\n', expected: ',' },
    {
      name: 'semicolons with decimal commas',
      input: 'a;b;c\n1,5;2,25;3\n4;5,5;6,75\n',
      expected: ';',
    },
    {
      name: 'tabs with commas in the first column (Eurostat)',
      input: 'unit,geo\\time\t2003 \t2004 \nMIO_EUR,AT\t1 \t2 \nMIO_EUR,BE\t3 \t4 \n',
      expected: '\t',
    },
    { name: 'pipes', input: 'a|b\n1|2\n3|4\n', expected: '|' },
    {
      name: 'commas inside quotes with semicolons around',
      input: 'a;b\n"1,2,3";x\n"4,5";y\n',
      expected: ';',
    },
    {
      name: 'semicolons with many unquoted commas in a text column',
      input: 'name;n\na, b, c, d, e;1\nf, g, h, i, j;2\nk, l, m, n, o;3\n',
      expected: ';',
    },
    { name: 'a single column', input: 'name\nAlbania\nChina\n', expected: ',' },
    {
      name: 'a preamble above the table (World Bank)',
      input:
        '"Data Source","WDI",\n\n"Country","1960","1961",\n"Aruba","1","2",\n"Chad","3","4",\n',
      expected: ',',
    },
  ];
  for (const { name, input, expected } of cases) {
    it(`chooseDelimiter(${name}) is ${JSON.stringify(expected)}`, () => {
      expect(chooseDelimiter(samples(input)).delimiter).toBe(expected);
    });
  }
});

describe('scoreFieldCounts', () => {
  it('scoreFieldCounts(consistent rows) reports their field count', () => {
    expect(scoreFieldCounts([['a', 'b', 'c'], ['1', '2', '3'], [''], ['4', '5']])).toEqual({
      fields: 3,
      score: 2 / 3,
    });
  });
  it('scoreFieldCounts(no rows) scores 0', () => {
    expect(scoreFieldCounts([]).score).toBe(0);
  });
});
