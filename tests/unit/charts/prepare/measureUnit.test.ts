import { describe, expect, it } from 'vitest';
import { importCsv } from '../../../../src/lib/data/import';
import type { NumberColumn, Table } from '../../../../src/lib/data/table';
import { measureUnit, onlyLabel } from '../../../../src/lib/charts/prepare/measureUnit';
import { keptLabels, rowMask } from '../../../../src/lib/charts/prepare/rowMask';

function table(csv: string): Table {
  const r = importCsv(new TextEncoder().encode(csv), { name: 't.csv', accessed: '2026-12-04' });
  if (!r.ok) throw new Error(r.error);
  return r.table;
}

const trade = table(
  'Partner,Flow,Unit,Year,Value\n' +
    'China,Export,USD,2020,1\nChina,Import,USD,2020,2\nIndia,Export,USD,2020,3\n' +
    'India,Import,USD,2021,4\n,Export,USD,2021,5\nChina,Export,USD,2021,6\n',
);
const column = (name: string) => trade.columns.find((c) => c.name === name)!;

describe('onlyLabel(column, mask)', () => {
  it('is the one label among the kept rows, as keptLabels of one label', () => {
    const china = rowMask(trade, { Partner: ['China'] }).mask;
    expect(onlyLabel(column('Partner'), china)).toBe('China');
    expect(onlyLabel(column('Unit'), china)).toBe('USD');
    const exports = rowMask(trade, { Flow: ['Export'] }).mask;
    // The row with no partner is left out, not counted a second label.
    const fromIndia = rowMask(trade, { Partner: ['India'], Flow: ['Export'] }).mask;
    expect(onlyLabel(column('Partner'), fromIndia)).toBe('India');
    for (const mask of [china, exports, fromIndia])
      for (const name of ['Partner', 'Flow', 'Unit', 'Year']) {
        const labels = keptLabels(column(name), mask);
        expect(onlyLabel(column(name), mask)).toBe(labels.length === 1 ? labels[0] : undefined);
      }
  });

  it('is undefined for two labels or more, for no kept row, and for numbers', () => {
    const all = new Uint8Array(trade.rowCount).fill(1);
    expect(onlyLabel(column('Partner'), all)).toBeUndefined();
    expect(onlyLabel(column('Flow'), all)).toBeUndefined();
    expect(onlyLabel(column('Unit'), new Uint8Array(trade.rowCount))).toBeUndefined();
    expect(onlyLabel(column('Value'), all)).toBeUndefined();
  });
});

describe('measureUnit(table, y, mask)', () => {
  it('reads the unit column among the kept rows, making a mask given as a function once', () => {
    let made = 0;
    const exports = () => (made++, rowMask(trade, { Flow: ['Export'] }).mask);
    expect(measureUnit(trade, column('Value') as NumberColumn, exports).currency).toBe('USD');
    expect(made).toBe(1);
  });

  it('makes no mask when the measure says its own unit, or no column needs the kept rows', () => {
    const own = table('Partner,Year,Value (% of GDP)\nChina,2020,1\nIndia,2020,-2\n');
    const plain = table('Partner,Year,Trade Value (US$)\nChina,2020,1\nIndia,2020,2\n');
    const never = () => {
      throw new Error('no mask is needed');
    };
    const y = (t: Table) => t.columns.find((c) => c.type === 'number') as NumberColumn;
    expect(measureUnit(own, y(own), never).percent).toBe(true);
    expect(measureUnit(plain, y(plain), never).currency).toBe('USD');
  });
});
