import { describe, expect, it } from 'vitest';
import type { Table } from '../../../src/lib/data/table';
import type { TableHead, TablePiece } from '../../../src/lib/storage/tablePieces';
import { joinTable } from './wholeTable';
import { writeTable, type TableSink } from '../../../src/lib/storage/writeTable';

/** A table of `rows` rows: a year and a value, every seventh value missing. */
function table(rows: number): Table {
  return {
    id: 't',
    name: 't.csv',
    rowCount: rows,
    columns: [
      {
        name: 'year',
        type: 'period',
        codes: Int32Array.from({ length: rows }, (_, i) => i % 3),
        dictionary: ['2021', '2022', '2023'],
        keys: Float64Array.of(2021, 2022, 2023),
      },
      {
        name: 'value',
        type: 'number',
        values: Float64Array.from({ length: rows }, (_, i) => (i % 7 ? i * 0.5 : NaN)),
      },
    ],
    provenance: { citations: [] } as unknown as Table['provenance'],
    issues: [],
  };
}

/** A sink that logs every call in order, keeping what it is given. */
function loggingSink(failAt = -1) {
  const log: string[] = [];
  const pieces: TablePiece[] = [];
  let head: TableHead | null = null;
  const sink: TableSink = {
    piece: async ([id, column, array, index], data) => {
      if (pieces.length === failAt)
        throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      log.push(`piece ${id} ${column} ${array} ${index}`);
      pieces.push({ column, array, index, data });
    },
    head: async (record) => {
      log.push(`head ${record.id}`);
      head = record.head;
    },
    remove: async (id) => void log.push(`remove ${id}`),
  };
  return { sink, log, pieces, head: () => head };
}

describe('writeTable(record, sink, steps)', () => {
  const rows = (1 << 16) + 5; // two pieces per row array
  const record = { id: 'a', savedAt: '2026-12-05T00:00:00Z', table: table(rows) };

  it('writes each row array piece after a pause, the head last, and the table reads back whole', async () => {
    const s = loggingSink();
    let pauses = 0;
    const kept = await writeTable(record, s.sink, { pause: async () => void pauses++ });
    expect(kept).toBe(true);
    expect(s.log).toEqual([
      'piece a 0 codes 0',
      'piece a 0 codes 1',
      'piece a 1 values 0',
      'piece a 1 values 1',
      'head a',
    ]);
    // One pause before each piece and before the head.
    expect(pauses).toBe(5);
    const back = joinTable(s.head()!, s.pieces)!;
    const value = back.columns[1];
    expect(value.type === 'number' && value.values.length).toBe(rows);
    expect(value.type === 'number' && Object.is(value.values[7], NaN)).toBe(true);
    expect(value.type === 'number' && value.values[rows - 1]).toBe((rows - 1) * 0.5);
  });

  it('stops when told, writes no head, and removes what it wrote', async () => {
    const s = loggingSink();
    let pauses = 0;
    const kept = await writeTable(record, s.sink, {
      pause: async () => void pauses++,
      stopped: () => pauses > 2,
    });
    expect(kept).toBe(false);
    expect(s.log).toEqual(['piece a 0 codes 0', 'piece a 0 codes 1', 'remove a']);
  });

  it('rejects with the sink’s error, and writes no head', async () => {
    const s = loggingSink(1);
    await expect(writeTable(record, s.sink)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(s.log).toEqual(['piece a 0 codes 0']);
  });

  it('writes an empty table as its head alone', async () => {
    const s = loggingSink();
    expect(await writeTable({ ...record, table: table(0) }, s.sink)).toBe(true);
    expect(s.log).toEqual(['head a']);
    expect(joinTable(s.head()!, s.pieces)?.rowCount).toBe(0);
  });
});
