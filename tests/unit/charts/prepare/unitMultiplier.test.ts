import { describe, expect, it } from 'vitest';
import { unitMultiplier } from '../../../../src/lib/charts/prepare/unitMultiplier';
import type { Column, Table } from '../../../../src/lib/data/table';

const numbers = (name: string, values: number[]): Column => ({
  name,
  type: 'number',
  role: 'unit',
  values: Float64Array.from(values),
});
const labels = (name: string, values: string[]): Column => {
  const dictionary = [...new Set(values)];
  return {
    name,
    type: 'category',
    role: 'unit',
    dictionary,
    codes: Int32Array.from(values.map((v) => dictionary.indexOf(v))),
  } as Column;
};
const table = (...columns: Column[]): Table =>
  ({
    id: 't',
    name: 't',
    rowCount: 3,
    columns,
    provenance: { citations: [] },
    issues: [],
  }) as unknown as Table;
const all = new Uint8Array(3).fill(1);

describe('unitMultiplier(table, mask)', () => {
  it('reads SDMX UNIT_MULT 9 as 1e9 and OECD.Stat PowerCode Code 6 as 1e6', () => {
    expect(unitMultiplier(table(numbers('UNIT_MULT', [9, 9, 9])), all)).toBe(1e9);
    expect(unitMultiplier(table(labels('PowerCode Code', ['6', '6', '6'])), all)).toBe(1e6);
  });
  it('gives none when the kept rows have different powers, unless the mask keeps one', () => {
    const t = table(numbers('UNIT_MULT', [6, 9, 9]));
    expect(unitMultiplier(t, all)).toBeUndefined();
    expect(unitMultiplier(t, Uint8Array.from([0, 1, 1]))).toBe(1e9);
  });
  it('ignores other columns and values that are no power of ten', () => {
    expect(unitMultiplier(table(numbers('Value', [6, 6, 6])), all)).toBeUndefined();
    expect(
      unitMultiplier(table(labels('Unit multiplier', ['Millions', 'Millions', 'Millions'])), all),
    ).toBeUndefined();
    expect(unitMultiplier(table(numbers('UNIT_MULT', [99, 99, 99])), all)).toBeUndefined();
  });
});
