import { describe, expect, it } from 'vitest';
import { levelForm } from '../../../../src/lib/charts/prepare/codeLevels';
import { makeTextColumn } from '../../../../src/lib/data/makeColumn';
import type { Table } from '../../../../src/lib/data/table';

const table = (classification?: string): Table => ({
  id: 't',
  name: 't.csv',
  rowCount: 1,
  columns: classification ? [makeTextColumn('Classification', 'category', [classification])] : [],
  provenance: { citations: [] },
  issues: [],
});

describe('levelForm(table, codes)', () => {
  it('writes HS codes two digits a level: chapter 1 as 01, never the start of chapter 10', () => {
    const form = levelForm(table('H5'), ['1', '10', '101']);
    expect(['1', '10', '101', '0101', '8471'].map(form)).toEqual([
      '01',
      '10',
      '0101',
      '0101',
      '8471',
    ]);
  });

  it('keeps SITC codes as written, one digit a level', () => {
    const form = levelForm(table('S4'), ['7', '75', '752']);
    expect(['7', '75', '752'].map(form)).toEqual(['7', '75', '752']);
  });

  it('without a Classification, takes codes with leading zeros as written, else two a level', () => {
    expect(levelForm(table(), ['0', '00', '001'])('001')).toBe('001');
    expect(levelForm(table(), ['1', '10', '101'])('101')).toBe('0101');
  });
});
