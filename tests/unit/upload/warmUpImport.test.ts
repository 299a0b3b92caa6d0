import { describe, expect, it } from 'vitest';
import { importCsv } from '../../../src/lib/data/import';
import { warmUpImport } from '../../../src/lib/upload/warmUpImport';
import {
  warmUpLongCsv,
  warmUpRowReader,
  warmUpWideCsv,
} from '../../../src/lib/upload/warmUpSamples';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('warmUpLongCsv(rows) and warmUpWideCsv(rows)', () => {
  it('warmUpLongCsv(rows) is a long trade table the importer reads in every cell form', () => {
    const result = importCsv(bytes(warmUpLongCsv(300)), { name: 'w.csv', accessed: '2000-01-01' });
    if (!result.ok) throw new Error(result.error);
    const types = Object.fromEntries(result.table.columns.map((c) => [c.name, c.type]));
    expect(result.table.rowCount).toBe(300);
    expect(types).toMatchObject({
      Reporter: 'category',
      'HS code': 'category',
      Year: 'period',
      'Value (US$)': 'number',
      Quantity: 'number',
      'Share (%)': 'number',
    });
    const reporters = result.table.columns.find((c) => c.name === 'Reporter');
    expect(reporters?.type !== 'number' && reporters?.dictionary).toContain('Türkiye');
    expect(result.meta.shape).toBe('long');
  });

  it('warmUpWideCsv(rows) is a wide table below a preamble, made long', () => {
    const result = importCsv(bytes(warmUpWideCsv(20)), { name: 'w.csv', accessed: '2000-01-01' });
    if (!result.ok) throw new Error(result.error);
    expect(result.meta.shape).toBe('wide');
    expect(result.meta.headerLine).toBe(3);
    expect(result.table.rowCount).toBe(20);
  });

  it('is the same text on every call', () => {
    expect(warmUpLongCsv(50)).toBe(warmUpLongCsv(50));
    expect(warmUpWideCsv(5)).toBe(warmUpWideCsv(5));
  });
});

describe('warmUpRowReader()', () => {
  it('reads the sample whole wherever it is cut: 8 records for each of 136 cuts and 2 line breaks', () => {
    expect(warmUpRowReader()).toBe(8 * 136 * 2);
  });
});

describe('warmUpImport(stop)', () => {
  it('imports every file to the end: 4 × 10,000 long rows and 200 × 30 wide cells made long', async () => {
    expect(await warmUpImport(() => false)).toBe(4 * 10_000 + 200 * 30);
  });

  it('stops at once when stop() says a real import came', async () => {
    let asked = 0;
    expect(await warmUpImport(() => (asked++, true))).toBe(0);
    expect(asked).toBe(1);
  });
});
