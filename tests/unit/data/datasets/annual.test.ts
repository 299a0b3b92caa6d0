import { describe, expect, it } from 'vitest';
import { annualTable } from '../../../../src/lib/data/datasets/annual';
import { columnValue, getColumn } from '../../../../src/lib/data/columnValue';
import type { NumberColumn } from '../../../../src/lib/data/table';

const t = annualTable();
const years = getColumn(t, 'year');
const total = getColumn(t, 'total_usd_bn_as_reported') as NumberColumn;
const at = (name: string, row: number) => columnValue(getColumn(t, name), row);

/** The ways a source may print a value: 89.21, 89,21 (Russian), 881亿 (Chinese, in 100 million). */
const printed = (v: number) => [String(v), String(v).replace('.', ','), `${Math.round(v * 10)}亿`];

describe('annualTable()', () => {
  it('has the twelve years 2012–2023 in order, as periods', () => {
    expect(t.rowCount).toBe(12);
    expect(years.type).toBe('period');
    expect(Array.from({ length: 12 }, (_, i) => columnValue(years, i))).toEqual(
      Array.from({ length: 12 }, (_, i) => String(2012 + i)),
    );
  });

  it('keeps 2015 a gap (missing, with its note), never a value', () => {
    const row = 3;
    expect(columnValue(years, row)).toBe('2015');
    expect(Number.isNaN(total.values[row])).toBe(true);
    expect(at('notes', row)).toContain('422.7bn yuan');
  });

  it('gives every other year a page, a reporter and a quote that holds its number', () => {
    for (let row = 0; row < t.rowCount; row++) {
      if (row === 3) continue;
      const v = total.values[row];
      const quote = String(at('quote', row));
      expect(at('source_url', row)).toMatch(/^https?:\/\//);
      expect(at('reported_by', row)).toBeTruthy();
      expect(
        printed(v).some((p) => quote.includes(p)),
        `${columnValue(years, row)}: ${quote}`,
      ).toBe(true);
    }
  });

  it('reads 2012 as 88.1 and 2022 as 190.271', () => {
    expect(total.values[0]).toBe(88.1);
    expect(total.values[10]).toBe(190.271);
  });

  it('keeps the conflicts as notes', () => {
    expect(at('notes', 1)).toMatch(/^CONFLICT/);
    expect(at('notes', 6)).toMatch(/^CONFLICT/);
  });

  it('carries the IMF DOTS series up to 2020 with its own citation, missing after', () => {
    const dots = getColumn(t, 'imf_dots_china_reported_usd_bn') as NumberColumn;
    expect(dots.values[0]).toBe(88.03);
    expect(dots.values[8]).toBe(107.7);
    expect(Number.isNaN(dots.values[9])).toBe(true);
    expect(dots.citationId).toBe('imf-dots');
    expect(t.provenance.citations.map((c) => c.id)).toEqual(['gacc-annual', 'imf-dots']);
  });
});
