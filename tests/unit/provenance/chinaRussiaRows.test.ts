import { describe, expect, it } from 'vitest';
import { importCsv } from '../../../src/lib/data/import';
import {
  chinaRussiaRows,
  chinaRussiaRowsSliced,
} from '../../../src/lib/provenance/chinaRussiaRows';

const table = (csv: string) => {
  const r = importCsv(new TextEncoder().encode(csv), { name: 't.csv', accessed: '2026-01-01' });
  if (!r.ok) throw new Error(r.error);
  return r.table;
};

/** A long table of 300,000 rows (more than one slice) with China–Russia rows here and there. */
function bigTable() {
  const names = ['China', 'Russian Federation', 'Germany', 'Japan'];
  const lines = ['Reporter,Partner,Year,Value'];
  for (let i = 0; i < 300_000; i++)
    lines.push(`${names[i % 4]},${names[(i * 7 + 1) % 4]},${2000 + (i % 23)},${i}`);
  return table(lines.join('\n'));
}

describe('chinaRussiaRows / chinaRussiaRowsSliced', () => {
  const big = bigTable();

  it('finds the rows each side reports of the other, in order', () => {
    const pairs = chinaRussiaRows(big)!;
    expect(pairs.china.length).toBeGreaterThan(1000);
    expect(pairs.russia.length).toBeGreaterThan(1000);
    for (const r of pairs.china.slice(0, 50)) expect(r % 4).toBe(0);
    expect(pairs.china).toEqual([...pairs.china].sort((a, b) => a - b));
  });

  it('sliced, gives the same rows, pausing between slices of the table', async () => {
    let pauses = 0;
    const sliced = await chinaRussiaRowsSliced(big, async () => void pauses++);
    expect(sliced).toEqual(chinaRussiaRows(big));
    expect(pauses).toBeGreaterThanOrEqual(1);
  });

  it('reads no row of a table that names neither economy, and none without both sides', async () => {
    let pauses = 0;
    const other = table('Reporter,Partner,Year,Value\nGermany,Japan,2020,1\nJapan,Germany,2020,2');
    expect(await chinaRussiaRowsSliced(other, async () => void pauses++)).toEqual({
      china: [],
      russia: [],
    });
    expect(pauses).toBe(0);
    expect(chinaRussiaRows(table('Country,Year,Value\nChina,2020,1\nRussia,2020,2'))).toBeNull();
  });
});
