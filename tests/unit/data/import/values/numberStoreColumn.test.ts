import { describe, expect, it } from 'vitest';
import { NumberStore } from '../../../../../src/lib/data/import/values/numberStore';
import { numberStoreColumn } from '../../../../../src/lib/data/import/values/numberStoreColumn';
import type { ImportIssue, NumberColumn } from '../../../../../src/lib/data/table';

function run(cells: string[], fallback: '.' | ',' = '.', inPlace = false) {
  const store = new NumberStore(cells.length);
  cells.forEach((s, r) => store.add(r, s));
  const issues: ImportIssue[] = [];
  const lines = Int32Array.from(cells, (_, r) => r + 2);
  const column = numberStoreColumn('v', 1, store, cells.length, fallback, lines, issues, inPlace);
  return { column, issues, store };
}

describe('numberStoreColumn', () => {
  it('numberStoreColumn(cells with decimal commas) decides the comma from the rows', () => {
    const { column, issues } = run(['3.290,2', '229,1', '1.234', '']);
    expect([...(column as NumberColumn).values]).toEqual([3290.2, 229.1, 1234, NaN]);
    expect(issues).toEqual([]);
  });

  it('numberStoreColumn(only "1,234"-like cells) reads them with the fallback and says so', () => {
    const { column, issues } = run(['1,234', '5,678'], ',');
    expect([...(column as NumberColumn).values]).toEqual([1.234, 5.678]);
    expect(issues).toEqual([
      expect.objectContaining({
        line: null,
        message: expect.stringContaining('"1,234" can be read two ways'),
      }),
    ]);
  });

  it('numberStoreColumn(Eurostat flags and words) keeps flags and reports words with their line', () => {
    const { column, issues } = run(['12.3 p', ': c', '5', 'oops', '6', '7', '8', '9', '10', '11']);
    const values = column as NumberColumn;
    expect([...values.values.slice(0, 4)]).toEqual([12.3, NaN, 5, NaN]);
    expect(
      [...values.flags!.codes.slice(0, 3)].map((c) => values.flags!.dictionary[c] ?? null),
    ).toEqual(['p', 'c', null]);
    expect(issues).toEqual([
      expect.objectContaining({
        line: 5,
        column: 'v',
        message: '"oops" is not a number; the cell is left empty.',
      }),
    ]);
  });

  it('numberStoreColumn(mostly words) gives the cells back as text, with an info issue', () => {
    const { column, issues } = run(['1', 'a', 'b', 'c']);
    expect('dictionary' in column && column.dictionary).toEqual(['', '1', 'a', 'b', 'c']);
    expect(issues[0].severity).toBe('info');
  });

  it('numberStoreColumn(a cell only the other reading reads) leaves it empty and says where', () => {
    for (const inPlace of [false, true]) {
      const { column, issues, store } = run(['1.5', '2.5', '3,5', '', '7'], '.', inPlace);
      const values = (column as NumberColumn).values;
      expect([...values]).toEqual([1.5, 2.5, NaN, NaN, 7]);
      // In place, the chosen reading is the column's values; else they are a copy.
      expect(values.buffer === store.values.buffer).toBe(inPlace);
      expect(issues).toEqual([
        expect.objectContaining({
          line: 4,
          message:
            'A number with a decimal comma, in a column of decimal points: the cell is left empty.',
        }),
      ]);
    }
  });
});
