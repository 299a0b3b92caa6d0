import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../../../src/lib/data/import/importBytes';
import type { ImportResult } from '../../../../../src/lib/data/import';
import { ACCESSED, fixtureBytes, importOk, tableContent } from '../importHelpers';
import { writeParquetTwin } from '../parquet/writeParquetTwin';
import { writeWorkbook } from '../workbook/writeWorkbook';

const EUROSTAT = 'eurostat/christophergandrud_teina200.tsv';

function expectOk(result: ImportResult) {
  if (!result.ok) throw new Error(`import refused: ${result.error}`);
  return result;
}

describe('importBytes(gzip-compressed text)', () => {
  it('gives the same table, meta and issues as the plain Eurostat TSV', async () => {
    const plain = fixtureBytes(EUROSTAT);
    const gz = gzipSync(plain);
    const zipped = expectOk(await importBytes(gz, { name: 'teina200.tsv', accessed: ACCESSED }));
    const text = importOk(plain, { name: 'teina200.tsv' });
    expect(zipped.meta).toEqual(text.meta);
    expect(tableContent(zipped.table)).toEqual(tableContent(text.table));
    expect(zipped.table.provenance.file?.size).toBe(gz.length);
    expect(zipped.table.rowCount).toBeGreaterThan(10);
  });

  it('reads a file decompressed in many small chunks (a multi-megabyte TSV)', async () => {
    const plain = fixtureBytes(EUROSTAT);
    const header = new TextDecoder().decode(plain).split('\n')[0];
    const body = new TextDecoder().decode(plain).split('\n').slice(1).join('\n');
    const big = new TextEncoder().encode(`${header}\n${body.repeat(200)}`);
    const result = expectOk(await importBytes(gzipSync(big), { name: 'big.tsv.gz' }));
    expect(result.table.rowCount).toBe(importOk(big).table.rowCount);
  });

  it('refuses a truncated gzip with a message saying to download it again', async () => {
    const gz = gzipSync(fixtureBytes(EUROSTAT));
    const result = await importBytes(gz.subarray(0, gz.length >> 1), { name: 'x.tsv.gz' });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/truncated.*Download/) });
  });

  it('stops a zip bomb at the size cap and says so', async () => {
    const bomb = gzipSync(new Uint8Array(8 * 1024 * 1024).fill(0x31));
    const result = await importBytes(bomb, { name: 'bomb.csv.gz', maxBytes: 1024 * 1024 });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/more than 1 MB.*zip bomb/) });
  });

  it('refuses damaged gzip data with a clear message', async () => {
    const gz = gzipSync(fixtureBytes(EUROSTAT));
    const damaged = Uint8Array.from(gz);
    damaged.fill(0x55, 12, 200);
    const result = await importBytes(damaged, { name: 'x.tsv.gz' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/gzip-compressed file/);
  });
});

describe('importBytes(a gzipped Parquet file or workbook)', () => {
  it('decompresses it and reads it as its format', async () => {
    const csv = importOk(fixtureBytes('misc/owid_trade-as-share-of-gdp.csv'));
    const parquet = gzipSync(writeParquetTwin(csv.table));
    const fromParquet = expectOk(await importBytes(parquet, { name: 'o.parquet.gz' }));
    expect(fromParquet.table.rowCount).toBe(csv.table.rowCount);
    expect(fromParquet.table.provenance.file?.format).toBe('parquet');
    const book = gzipSync(
      writeWorkbook({
        Data: [
          ['Year', 'Exports'],
          [2020, 1.5],
        ],
      }),
    );
    const fromBook = expectOk(await importBytes(book, { name: 'b.xlsx.gz' }));
    expect(fromBook.table.provenance.file?.sheet).toBe('Data');
  });
});
