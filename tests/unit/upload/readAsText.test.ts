import { describe, expect, it } from 'vitest';
import type { ImportMeta } from '../../../src/lib/data/import';
import { readAsText } from '../../../src/lib/upload/readAsText';

const meta: ImportMeta = {
  encoding: 'utf-8',
  delimiter: ',',
  headerLine: 5,
  rows: 1234,
  shape: 'long',
};
const file = (format?: string, sheet?: string) => ({
  name: 'f',
  size: 1,
  encoding: 'utf-8',
  delimiter: ',',
  headerLine: 5,
  shape: 'long' as const,
  rows: 1234,
  ...(format && { format }),
  ...(sheet && { sheet }),
});

describe('readAsText', () => {
  it('says how each kind of file was read', () => {
    expect(readAsText(meta, file())).toBe(
      'Read as utf-8, delimiter “,”, header on line 5, 1,234 data rows.',
    );
    expect(readAsText({ ...meta, delimiter: '\t' }, file('gzip'))).toBe(
      'Decompressed (gzip) and read as utf-8, delimiter “tab”, header on line 5, 1,234 data rows.',
    );
    expect(readAsText(meta, file('xlsx', 'Exports, FOB'))).toBe(
      'Read from the workbook sheet “Exports, FOB”, header on row 5, 1,234 data rows.',
    );
    expect(readAsText(meta, file('parquet'))).toBe('Read as a Parquet file, 1,234 data rows.');
    expect(readAsText(meta, file('world-bank-json'))).toMatch(/World Bank API answer \(JSON\)/);
    expect(readAsText(meta, file('sdmx-csv'))).toBe(
      'Read as SDMX-CSV in utf-8, delimiter “,”, header on line 5, 1,234 data rows.',
    );
  });
});
