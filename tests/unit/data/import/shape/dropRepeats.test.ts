import { describe, expect, it } from 'vitest';
import { importCsv, toLong } from '../../../../../src/lib/data/import';
import type { Table } from '../../../../../src/lib/data/table';
import { loadFixture } from '../../../charts/loadFixture';

function wide(csv: string): Table {
  const r = importCsv(new TextEncoder().encode(csv), { name: 'w.csv', accessed: '2025-01-01' });
  if (!r.ok) throw new Error(r.error);
  return r.table;
}

/** The long table's values for one partner and period. */
function valuesOf(table: Table, who: string, period: string): number[] {
  const [place, time, value] = [table.columns[0], table.columns.at(-2)!, table.columns.at(-1)!];
  if (place.type === 'number' || time.type === 'number' || value.type !== 'number') return [];
  const out: number[] = [];
  for (let r = 0; r < table.rowCount; r++)
    if (place.dictionary[place.codes[r]] === who && time.dictionary[time.codes[r]] === period)
      out.push(value.values[r]);
  return out;
}

describe('toLong(table) with rows repeated in every cell (dropRepeats)', () => {
  it('counts a partner listed twice with the same figures once, and says so (IMF DOTS)', () => {
    const table = loadFixture('imf/SamLeBlanc_DOTS_40_China_PR_Mainland_exports.csv');
    const partner = table.columns.find((c) => c.type === 'category')!;
    const rows = valuesOf(
      { ...table, columns: [partner, ...table.columns.slice(-2)] },
      'Australia',
      '2020',
    );
    expect(rows).toHaveLength(1);
    expect(table.issues.map((i) => i.message)).toContainEqual(
      expect.stringMatching(
        /^“Australia”: listed again with the same figures in every column; counted once/,
      ),
    );
  });

  it('keeps rows that differ in any cell, a figure or a name', () => {
    const long = toLong(wide('country,2020,2021\nA,1,2\nA,1,3\nB,1,2\n'));
    expect(long.rowCount).toBe(6);
    expect(long.issues.some((i) => /listed again/.test(i.message))).toBe(false);
  });

  it('drops an exact repeat, missing cells alike', () => {
    const long = toLong(wide('country,2020,2021\nA,1,\nB,4,5\nA,1,\n'));
    expect(long.rowCount).toBe(4);
    expect(valuesOf(long, 'A', '2020')).toEqual([1]);
  });
});
