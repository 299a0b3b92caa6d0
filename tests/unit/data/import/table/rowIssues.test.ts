import { describe, expect, it } from 'vitest';
import { plural, rowIssues } from '../../../../../src/lib/data/import/table/rowIssues';
import { rawTable } from '../rawTableHelper';

describe('rowIssues', () => {
  it('rowIssues(ragged rows) gives each its line and what was done', () => {
    const raw = rawTable(['a', 'b', 'c'], [['1', '2', '3'], ['4'], ['5', '6', '7']]);
    raw.raggedRows.push(1);
    raw.raggedFields.push(1);
    raw.raggedRows.push(2);
    raw.raggedFields.push(4);
    expect(rowIssues(raw, 3, 3).map((i) => [i.line, i.message])).toEqual([
      [3, 'This row has 1 field where the header has 3; the missing cells are left empty.'],
      [4, 'This row has 4 fields where the header has 3; the extra cells were dropped.'],
    ]);
  });

  it('rowIssues(empty rows between the data) says how many, once', () => {
    const raw = rawTable(['a'], [['1'], ['2'], ['3']], [1, 2, 3]);
    expect(rowIssues(raw, 3, 1)).toEqual([
      {
        line: 3,
        column: null,
        message: 'Skipped 2 empty rows between the data (the first on line 3).',
        severity: 'info',
      },
    ]);
  });

  it("plural(1, 'row') and plural(2, 'row')", () => {
    expect([plural(1, 'row'), plural(2, 'row')]).toEqual(['1 row', '2 rows']);
  });
});
