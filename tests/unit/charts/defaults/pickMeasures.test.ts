import { describe, expect, it } from 'vitest';
import { pickMeasures } from '../../../../src/lib/charts/defaults/pickMeasures';
import { makeNumberColumn } from '../../../../src/lib/data/makeColumn';
import type { NumberColumn, Table } from '../../../../src/lib/data/table';

const measure = (name: string, values: number[], unit?: string): NumberColumn =>
  Object.assign(makeNumberColumn(name, values), { role: 'measure' as const, unit });
const table = (...columns: NumberColumn[]): Table => ({
  id: 't',
  name: 't',
  rowCount: columns[0].values.length,
  columns,
  provenance: { citations: [] },
  issues: [],
});

describe('pickMeasures(table, alike)', () => {
  it('puts trade values before weights, whatever their order or how full they are', () => {
    const weight = measure('Netweight (kg)', [1, 2, 3, 4]);
    const value = measure('Trade Value (US$)', [1, NaN, NaN, NaN]);
    expect(pickMeasures(table(weight, value))).toEqual(['Trade Value (US$)']);
  });

  it('takes a share of GDP as a headline measure, and shares held as an asset class not', () => {
    const deposits = measure('Currency and deposits', [1, 2, 3, 4]);
    const equity = measure('Equity and investment fund shares', [1, 2, 3, 4]);
    const gdp = measure('GDP 2023 Billion Euro', [1, 2, 3, 4]);
    expect(pickMeasures(table(deposits, equity, gdp))).toEqual(['GDP 2023 Billion Euro']);
    const share = measure('Share of world output', [1, 2, 3, 4]);
    expect(pickMeasures(table(deposits, equity, share))).toEqual(['Share of world output']);
  });

  it('among measures named alike, puts the one with more figures first; an empty one never', () => {
    const sparse = measure('Exports', [1, NaN, NaN, 4], 'USD');
    const full = measure('Imports', [1, 2, 3, 4], 'USD');
    const empty = measure('Total trade', [NaN, NaN, NaN, NaN], 'USD');
    expect(pickMeasures(table(sparse, full, empty), true)).toEqual(['Imports', 'Exports']);
  });

  it('keeps alike only measures named as such, in the best one’s unit', () => {
    const value = measure('Exports value', [1, 2], 'USD');
    const other = measure('Imports value', [3, 4], 'EUR');
    const flag = measure('Flag', [0, 1], 'USD');
    expect(pickMeasures(table(value, other, flag), true)).toEqual(['Exports value']);
  });
});
