import { describe, expect, it } from 'vitest';
import type { Table, TextColumn } from '../../../src/lib/data/table';
import { tableTransferables } from '../../../src/lib/data/transferTable';
import { packTable, unpackTable } from '../../../src/lib/storage/packTable';

const text = (name: string, entries: number, codes: number[]): TextColumn => ({
  name,
  type: 'category',
  codes: Int32Array.from(codes),
  dictionary: Array.from({ length: entries }, (_, i) => `v${i}`),
});

const table: Table = {
  id: 't',
  name: 't.csv',
  rowCount: 3,
  columns: [
    text('flow', 2, [0, -1, 1]),
    text('partner', 200, [199, -1, 5]),
    text('code', 40_000, [39_999, -1, 7]),
    {
      name: 'value',
      type: 'number',
      values: Float64Array.of(1, NaN, 3),
      flags: { codes: Int32Array.of(-1, 0, -1), dictionary: ['p'] },
    },
  ],
  provenance: { citations: [] } as unknown as Table['provenance'],
  issues: [],
};

const codesOf = (t: Table) =>
  t.columns.map((c) => (c.type === 'number' ? c.flags?.codes : c.codes));

describe('packTable(table) and unpackTable', () => {
  it('packTable keeps short dictionaries in one or two bytes a row, missing codes too', () => {
    const [flow, partner, code, flags] = codesOf(packTable(table)) as unknown[];
    expect(flow).toBeInstanceOf(Int8Array);
    expect(partner).toBeInstanceOf(Int16Array);
    expect(code).toBeInstanceOf(Int32Array);
    expect(flags).toBeInstanceOf(Int8Array);
    expect([...(flow as Int8Array)]).toEqual([0, -1, 1]);
  });

  it("packTable copies every array, so the table's buffers can be transferred", () => {
    const packed = packTable(table);
    const own = new Set(tableTransferables(table));
    const arrays = packed.columns.flatMap((c) =>
      c.type === 'number' ? [c.values, c.flags?.codes] : [c.codes, c.keys],
    );
    expect(arrays.filter((a) => a && own.has(a.buffer as ArrayBuffer))).toEqual([]);
  });

  it('unpackTable(packTable(table)) is the table again, every code in an Int32Array', () => {
    const back = unpackTable(packTable(table));
    expect(back).toEqual(table);
    for (const codes of codesOf(back)) expect(codes).toBeInstanceOf(Int32Array);
  });

  it('unpackTable leaves a table stored unpacked (before packing) as it was', () => {
    const back = unpackTable(table);
    expect(codesOf(back)).toEqual(codesOf(table));
    expect(back.columns[0].type !== 'number' && back.columns[0].codes).toBe(
      table.columns[0].type !== 'number' && table.columns[0].codes,
    );
  });
});
