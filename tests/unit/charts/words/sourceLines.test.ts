import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../../../src/lib/charts/words/sourceLines';
import { makeNumberColumn } from '../../../../src/lib/data/makeColumn';
import type { Table } from '../../../../src/lib/data/table';

const a = { id: 'a', kind: 'dataset' as const, publisher: 'Pub A', title: 'A', date: '2024' };
const b = { id: 'b', kind: 'dataset' as const, publisher: 'Pub B', title: 'B', date: '2023' };
const table: Table = {
  id: 't',
  name: 'T',
  rowCount: 1,
  columns: [
    Object.assign(makeNumberColumn('x', [1]), { citationId: 'b' }),
    Object.assign(makeNumberColumn('y', [2]), { citationId: 'a' }),
  ],
  provenance: { citations: [a, b] },
  issues: [],
};

describe('sourceLines(table, columns, extra)', () => {
  it('names the citations of the charted columns once each, then the extra ones', () => {
    const extra = [{ id: 'r', text: 'Release' }];
    const lines = sourceLines(table, [table.columns[1], table.columns[1]], extra);
    expect(lines).toEqual([{ id: 'a', text: 'Pub A, “A”, 2024', url: undefined }, extra[0]]);
  });

  it('names the table’s sources when no column is charted, so no chart lacks a source', () => {
    expect(sourceLines(table, [], []).map((l) => l.id)).toEqual(['a', 'b']);
  });
});
