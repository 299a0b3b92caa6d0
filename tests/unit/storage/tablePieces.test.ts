import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Table } from '../../../src/lib/data/table';
import { tableTransferables } from '../../../src/lib/data/transferTable';
import { narrowValues, tablePieces } from '../../../src/lib/storage/tablePieces';
import { joinTable, splitTable } from './wholeTable';

/** A table of `rows` rows: a short-dictionary flow, a long-dictionary code, flagged values. */
function tradeTable(rows: number, seed: number): Table {
  const pick = (i: number, n: number) => ((i * 7919 + seed) % (n + 1)) - 1; // -1 = missing
  return {
    id: 't',
    name: 't.csv',
    rowCount: rows,
    columns: [
      {
        name: 'flow',
        type: 'category',
        codes: Int32Array.from({ length: rows }, (_, i) => pick(i, 2)),
        dictionary: ['Export', 'Import'],
      },
      {
        name: 'code',
        type: 'category',
        codes: Int32Array.from({ length: rows }, (_, i) => pick(i, 40_000)),
        dictionary: Array.from({ length: 40_000 }, (_, i) => String(i)),
      },
      {
        name: 'year',
        type: 'period',
        codes: Int32Array.from({ length: rows }, (_, i) => pick(i, 3)),
        dictionary: ['2021', '2022', '2023'],
        keys: Float64Array.of(2021, 2022, 2023),
      },
      {
        name: 'value',
        type: 'number',
        values: Float64Array.from({ length: rows }, (_, i) => (i % 5 ? i * 1.5 : NaN)),
        flags: {
          codes: Int32Array.from({ length: rows }, (_, i) => pick(i, 1)),
          dictionary: ['p'],
        },
      },
    ],
    provenance: { citations: [] } as unknown as Table['provenance'],
    issues: [],
  };
}

describe('splitTable(table, rowsPerPiece) and joinTable', () => {
  it('joinTable(splitTable(table)) is the table again, for any size and piece size, in any order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 0, max: 1000 }),
        (rows, rowsPerPiece, seed) => {
          const table = tradeTable(rows, seed);
          const [head, pieces] = splitTable(table, rowsPerPiece);
          expect(joinTable(head, [...pieces].reverse())).toEqual(table);
        },
      ),
      { seed: 17, numRuns: 200 },
    );
  });

  it('splitTable keeps short dictionaries’ codes in one or two bytes and bounds each piece', () => {
    const [head, pieces] = splitTable(tradeTable(10, 3), 4);
    expect(head.pieces).toBe(pieces.length);
    expect(pieces.map((p) => p.data.length)).toEqual([4, 4, 2, 4, 4, 2, 4, 4, 2, 4, 4, 2, 4, 4, 2]);
    const kinds = new Set(pieces.map((p) => `${p.array}:${p.data.constructor.name}`));
    expect([...kinds]).toEqual([
      'codes:Int8Array',
      'codes:Int32Array',
      'values:Float64Array',
      'flags:Int8Array',
    ]);
    expect(
      head.table.columns.every((c) => (c.type === 'number' ? c.values : c.codes).length === 0),
    ).toBe(true);
  });

  it("splitTable shares no buffer with the table, so the table's buffers can be transferred at once", () => {
    const table = tradeTable(50, 1);
    const [head, pieces] = splitTable(table, 16);
    structuredClone(table, { transfer: tableTransferables(table) });
    expect(() => structuredClone([head, pieces])).not.toThrow();
    expect(head.table.columns[2].type !== 'number' && [...head.table.columns[2].keys!]).toEqual([
      2021, 2022, 2023,
    ]);
  });

  it('joinTable(head, pieces) is null when a piece is missing, so a half-kept table is skipped', () => {
    const [head, pieces] = splitTable(tradeTable(10, 3), 4);
    expect(joinTable(head, pieces.slice(1))).toBeNull();
  });

  const narrowed = [
    { input: [2021, NaN, 2023, -5], kind: 'Int16Array' },
    { input: [1, 2, 127, -127], kind: 'Int8Array' },
    { input: [128, NaN], kind: 'Int16Array' },
    { input: [1424120, 0, NaN], kind: 'Int32Array' },
    { input: [2 ** 31, 1], kind: 'Float64Array' },
    { input: [-(2 ** 31), 1], kind: 'Float64Array' },
    { input: [1.5, 2], kind: 'Float64Array' },
    { input: [-0, 2], kind: 'Float64Array' },
    { input: [Infinity, 2], kind: 'Float64Array' },
    { input: [NaN, NaN], kind: 'Int8Array' },
  ];
  for (const { input, kind } of narrowed) {
    it(`narrowValues(${JSON.stringify(input.map(String))}) keeps them in ${kind}, and joinTable reads them back`, () => {
      const values = Float64Array.from(input);
      const data = narrowValues(values);
      expect(data.constructor.name).toBe(kind);
      expect(data).not.toBe(values);
      const table = {
        ...tradeTable(input.length, 1),
        columns: [{ name: 'n', type: 'number' as const, values }],
      };
      const [head, pieces] = splitTable(table, 3);
      expect(joinTable(head, pieces)).toEqual(table);
    });
  }
});

describe('tablePieces(table, rowsPerPiece)', () => {
  it('copies each piece only when the iteration reaches it, and counts them all in its head', () => {
    const table = tradeTable(10, 3);
    const { head, pieces } = tablePieces(table, 4);
    const first = pieces.next().value!;
    expect(first).toMatchObject({ column: 0, array: 'codes', index: 0 });
    // Changed after the first piece was made: the first keeps its copy, the second sees it.
    const flow = table.columns[0];
    if (flow.type === 'number') throw new Error('expected codes');
    const before = Array.from(first.data);
    flow.codes.fill(1);
    expect(Array.from(first.data)).toEqual(before);
    const second = pieces.next().value!;
    expect(second).toMatchObject({ column: 0, array: 'codes', index: 1 });
    expect(Array.from(second.data)).toEqual([1, 1, 1, 1]);
    expect(head.pieces).toBe(2 + [...pieces].length);
  });
});
