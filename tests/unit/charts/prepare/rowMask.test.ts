import { describe, expect, it } from 'vitest';
import { importCsv } from '../../../../src/lib/data/import';
import type { Table } from '../../../../src/lib/data/table';
import {
  keptAmong,
  keptLabels,
  keptVaries,
  rowMask,
} from '../../../../src/lib/charts/prepare/rowMask';

function table(csv: string): Table {
  const r = importCsv(new TextEncoder().encode(csv), { name: 't.csv', accessed: '2026-12-04' });
  if (!r.ok) throw new Error(r.error);
  return r.table;
}

const CSV =
  'Partner,Flow,Year,Value\n' +
  'China,Export,2020,1\nChina,Import,2020,2\nIndia,Export,2020,3\n' +
  'India,Import,2021,4\n,Export,2021,5\nChina,Export,2021,6\n';
const trade = table(CSV);
const rowsOf = (mask: Uint8Array) => [...mask].flatMap((m, r) => (m ? [r] : []));

describe('rowMask(table, filters)', () => {
  it('keeps the rows whose value in every filtered column is listed', () => {
    const { mask, kept } = rowMask(trade, { Flow: ['Export'], Partner: ['China', 'India'] });
    // The row with no partner is not kept by a partner filter.
    expect(rowsOf(mask)).toEqual([0, 2, 5]);
    expect(kept).toBe(3);
  });

  it('filters a column of numbers by its values, beside text filters', () => {
    const { mask, kept } = rowMask(trade, { Year: ['2021'], Flow: ['Export'] });
    expect(rowsOf(mask)).toEqual([4, 5]);
    expect(kept).toBe(2);
  });

  it('keeps everything for no filters, a filter of no values, or a column the table lacks', () => {
    const all = rowMask(trade, { Flow: [], Nowhere: ['x'] });
    expect(all.kept).toBe(6);
  });
});

describe('rowMask(table, filters) made from a kept mask', () => {
  it('adds a filter to a kept mask of the others, and gives the mask made afresh', () => {
    // The same rows in a table of their own: no mask of it is kept yet.
    const fresh = (filters: Record<string, string[]>) => rowsOf(rowMask(table(CSV), filters).mask);
    const t = table(CSV);
    const flow = rowMask(t, { Flow: ['Export'] });
    const both = { Flow: ['Export'], Partner: ['China'] };
    expect(rowsOf(rowMask(t, both).mask)).toEqual(fresh(both));
    // The kept mask is left as it was.
    expect(rowsOf(flow.mask)).toEqual([0, 2, 4, 5]);
    // A kept mask of other values for the same column is not a start.
    rowMask(t, { Flow: ['Import'] });
    const other = { Flow: ['Export'], Year: ['2021'] };
    expect(rowsOf(rowMask(t, other).mask)).toEqual(fresh(other));
    expect(rowMask(t, other).kept).toBe(2);
  });
});

describe('rowMask(table, filters).kept', () => {
  it('counts the rows the mask keeps, made afresh or from a kept mask', () => {
    const t = table(CSV);
    const cases: Record<string, string[]>[] = [
      {},
      { Flow: ['Export'] },
      { Flow: ['Export'], Partner: ['China', 'India'] },
      { Flow: ['Export'], Partner: ['China', 'India'], Year: ['2021'] },
      { Partner: ['Nowhere'] },
    ];
    for (const filters of cases) {
      const { mask, kept } = rowMask(t, filters);
      expect(kept).toBe(mask.reduce((n, m) => n + m, 0));
    }
  });
});

describe('keptVaries(column, mask)', () => {
  const partner = trade.columns.find((c) => c.name === 'Partner')!;

  it('says whether two labels or more are kept, as keptLabels would', () => {
    const cases: Record<string, string[]>[] = [
      {},
      { Flow: ['Export'] },
      { Partner: ['China'] },
      { Flow: ['Import'], Year: ['2020'] },
      { Flow: ['Nothing'] },
    ];
    for (const filters of cases) {
      const { mask } = rowMask(trade, filters);
      expect(keptVaries(partner, mask)).toBe(keptLabels(partner, mask).length > 1);
    }
  });

  it('counts no empty cell as a label, and is false for a column of numbers', () => {
    const { mask } = rowMask(trade, { Year: ['2021'], Flow: ['Export'] });
    // The kept rows: one with no partner, one China.
    expect(keptVaries(partner, mask)).toBe(keptLabels(partner, mask).length > 1);
    const value = trade.columns.find((c) => c.name === 'Value')!;
    expect(keptVaries(value, mask)).toBe(false);
  });
});

describe('keptAmong(column, mask, wanted)', () => {
  const partner = trade.columns.find((c) => c.name === 'Partner')!;
  it('gives the wanted labels found among the kept rows, in the order wanted', () => {
    const exports = rowMask(trade, { Flow: ['Export'] }).mask;
    expect(keptAmong(partner, exports, ['India', 'Brazil', 'China'])).toEqual(['India', 'China']);
    const imports = rowMask(trade, { Flow: ['Import'] }).mask;
    expect(keptAmong(partner, imports, ['China'])).toEqual(['China']);
    expect(keptAmong(partner, new Uint8Array(trade.rowCount), ['China'])).toEqual([]);
  });

  it('is what keptLabels has of the wanted labels', () => {
    for (const flow of ['Export', 'Import']) {
      const mask = rowMask(trade, { Flow: [flow] }).mask;
      const present = new Set(keptLabels(partner, mask));
      const wanted = ['China', 'India', '', 'Nowhere'];
      expect(keptAmong(partner, mask, wanted)).toEqual(wanted.filter((v) => present.has(v)));
    }
  });
});
