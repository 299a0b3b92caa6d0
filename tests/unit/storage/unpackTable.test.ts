import { describe, expect, it } from 'vitest';
import type { Table } from '../../../src/lib/data/table';
import { unpackTable } from '../../../src/lib/storage/unpackTable';

/** A table as kept whole before tables were kept in pieces: short codes in one or two bytes. */
const packed = {
  id: 't',
  name: 't.csv',
  rowCount: 3,
  columns: [
    { name: 'flow', type: 'category', codes: Int8Array.of(0, -1, 1), dictionary: ['X', 'M'] },
    { name: 'partner', type: 'category', codes: Int16Array.of(199, -1, 5), dictionary: [] },
    { name: 'code', type: 'category', codes: Int32Array.of(39_999, -1, 7), dictionary: [] },
    {
      name: 'value',
      type: 'number',
      values: Float64Array.of(1, NaN, 3),
      flags: { codes: Int8Array.of(-1, 0, -1), dictionary: ['p'] },
    },
  ],
  provenance: { citations: [] },
  issues: [],
} as unknown as Table;

const codesOf = (t: Table) =>
  t.columns.map((c) => (c.type === 'number' ? c.flags?.codes : c.codes));

describe('unpackTable(table)', () => {
  it('unpackTable(a table kept whole) has every code back in an Int32Array, values unchanged', () => {
    const back = unpackTable(packed);
    for (const codes of codesOf(back)) expect(codes).toBeInstanceOf(Int32Array);
    expect(codesOf(back).map((c) => [...c!])).toEqual([
      [0, -1, 1],
      [199, -1, 5],
      [39_999, -1, 7],
      [-1, 0, -1],
    ]);
  });

  it('unpackTable leaves Int32Array codes as they are, without a copy', () => {
    const back = unpackTable(packed);
    expect(codesOf(back)[2]).toBe(codesOf(packed)[2]);
  });
});
