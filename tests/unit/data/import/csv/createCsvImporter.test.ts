import { describe, expect, it } from 'vitest';
import { createCsvImporter } from '../../../../../src/lib/data/import';
import { tableTransferables } from '../../../../../src/lib/data/transferTable';
import { ACCESSED, fixtureBytes, importOk } from '../importHelpers';

function importInChunks(bytes: Uint8Array, sizes: number[]) {
  const importer = createCsvImporter({ name: 'f.csv', size: bytes.length, accessed: ACCESSED });
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = sizes[i % sizes.length];
    importer.push(bytes.subarray(at, at + size));
    at += size;
  }
  return importer.finish();
}

describe('createCsvImporter', () => {
  const files = [
    'imf/david880110_WEO_Data.csv',
    'comtrade/fernandobarbalho_tarifas_eua_TradeData_4_4_2025_15_19_17.csv',
    'awkward/TheEMeraldNetwork_Master_Dati_Eurostat_semicolon.csv',
    'misc/owid_trade-as-share-of-gdp.csv',
  ];
  for (const file of files) {
    it(`push(${file} in odd-sized chunks) gives the same table as one call`, () => {
      const bytes = fixtureBytes(file);
      expect(importInChunks(bytes, [1, 7, 4093, 65536, 333])).toEqual(
        importOk(bytes, { name: 'f.csv' }),
      );
    });
  }

  it('rowCount counts data rows as chunks arrive', () => {
    const bytes = fixtureBytes('misc/owid_trade-as-share-of-gdp.csv');
    const importer = createCsvImporter({ name: 'f.csv', size: bytes.length, accessed: ACCESSED });
    importer.push(bytes.subarray(0, 1000));
    expect(importer.rowCount).toBe(0);
    importer.push(bytes.subarray(1000, 100_000));
    expect(importer.rowCount).toBeGreaterThan(3000);
    importer.push(bytes.subarray(100_000));
    expect(importer.finish()).toMatchObject({ ok: true, meta: { rows: 9320 } });
  });

  it('push() after a refusal is ignored and finish() repeats the message', () => {
    const importer = createCsvImporter({ name: 'x.xlsx', maxBytes: 10 });
    importer.push(new Uint8Array(11));
    importer.push(new Uint8Array(5));
    expect(importer.finish()).toEqual({
      ok: false,
      error: expect.stringMatching(/more than the 10 bytes/),
    });
  });

  it('createCsvImporter({size: too big}) refuses before reading', () => {
    const importer = createCsvImporter({ name: 'huge.csv', size: 2.4 * 1024 ** 3 });
    expect(importer.finish()).toEqual({
      ok: false,
      error: expect.stringMatching(/2\.4 GB.*2 GB.*filter or split/),
    });
  });

  it('finish() lets go of what was read: a second call says the import has finished', () => {
    const importer = createCsvImporter({ name: 'f.csv', accessed: ACCESSED });
    importer.push(new TextEncoder().encode('year,value\n2020,1\n'));
    expect(importer.finish()).toMatchObject({ ok: true, meta: { rows: 1 } });
    importer.push(new TextEncoder().encode('2021,2\n'));
    expect(importer.finish()).toEqual({ ok: false, error: 'The import has finished.' });
  });

  it('snapshot() is null until the first rows are in', () => {
    const importer = createCsvImporter({ name: 'f.csv', accessed: ACCESSED });
    importer.push(new TextEncoder().encode('year,value\n2020,1\n'));
    expect(importer.snapshot()).toBeNull();
  });

  it('snapshot() mid-file is the table of the lines read so far; reading then goes on', () => {
    const bytes = fixtureBytes('misc/owid_trade-as-share-of-gdp.csv');
    const importer = createCsvImporter({ name: 'f.csv', size: bytes.length, accessed: ACCESSED });
    importer.push(bytes.subarray(0, 150_000));
    const preview = importer.snapshot();
    const lines = bytes.subarray(0, bytes.subarray(0, 150_000).lastIndexOf(10) + 1);
    const expected = importOk(lines, { name: 'f.csv' });
    expect(preview).toMatchObject({ ok: true, meta: expected.meta });
    if (!preview?.ok) throw new Error('expected a preview');
    expect(preview.table.columns).toEqual(expected.table.columns);
    // The preview's buffers go to the page (transferred): the import must not share them.
    structuredClone(preview.table, { transfer: tableTransferables(preview.table) });
    importer.push(bytes.subarray(150_000));
    expect(importer.finish()).toEqual(importOk(bytes, { name: 'f.csv', size: bytes.length }));
  });

  it('reads the same table whatever the decoding piece, a surrogate pair on the tokenizing cut too', () => {
    for (const at of [65534, 65535, 65536]) {
      // The emoji's first half sits at character `at` of the text.
      const text = `a,b\nx,${'y'.repeat(at - 6)}😀\nz,1\n`;
      const bytes = new TextEncoder().encode(text);
      const tables = [7, 65536, 262144].map((decodeBytes) => {
        const importer = createCsvImporter({ name: 'f.csv', accessed: ACCESSED, decodeBytes });
        importer.push(bytes);
        return importer.finish();
      });
      const [first] = tables;
      if (!first.ok) throw new Error(first.error);
      const b = first.table.columns.find((c) => c.name === 'b')!;
      expect(b.type !== 'number' && b.dictionary.some((v) => v.endsWith('y😀'))).toBe(true);
      expect(tables[1]).toEqual(first);
      expect(tables[2]).toEqual(first);
    }
  });

  it('finish() keeps what it read as the table, frees the rest, and leaves a snapshot whole', () => {
    // Weights are all different: the column is read into a number store, not a dictionary.
    const lines = Array.from({ length: 10_000 }, (_, i) =>
      i % 2 ? `Russia,2021,,${i}` : `China,2020,"1,234.5",${i}`,
    );
    const text = `reporter,year,value,weight\n${lines.join('\n')}\n`;
    const bytes = new TextEncoder().encode(text);
    const importer = createCsvImporter({ name: 'f.csv', size: bytes.length, accessed: ACCESSED });
    importer.push(bytes.subarray(0, 100_000));
    const preview = importer.snapshot();
    importer.push(bytes.subarray(100_000));
    const result = importer.finish();
    if (!result.ok || !preview?.ok) throw new Error('expected tables');
    const column = (table: typeof result.table, name: string) =>
      table.columns.find((c) => c.name === name)!;
    const value = column(result.table, 'value');
    const reporter = column(result.table, 'reporter');
    expect(result.table.rowCount).toBe(10_000);
    expect(
      value.type === 'number' && [value.values.length, value.values[0], value.values[1]],
    ).toEqual([10_000, 1234.5, NaN]);
    expect(reporter.type !== 'number' && [reporter.codes.length, reporter.codes[9_999]]).toEqual([
      10_000, 1,
    ]);
    // The snapshot was copied: the importer's freeing its storage left it as it was.
    const weight = column(result.table, 'weight');
    expect(weight.type === 'number' && [weight.values.length, weight.values[9_999]]).toEqual([
      10_000, 9_999,
    ]);
    const early = column(preview.table, 'weight');
    expect(early.type === 'number' && early.values.length).toBe(preview.table.rowCount);
    expect(early.type === 'number' && early.values[4_000]).toBe(4_000);
  });
});
