import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../../../src/lib/data/import';
import type { ImportResult } from '../../../../../src/lib/data/import';
import { ACCESSED, cell, col, fixtureBytes, importOk, tableContent } from '../importHelpers';
import { writeParquetTwin } from './writeParquetTwin';
import { compressesZstd } from './zstdCompress';

const options = { name: 'twin.parquet', accessed: ACCESSED };

function expectOk(result: ImportResult) {
  if (!result.ok) throw new Error(`import refused: ${result.error}`);
  return result;
}

/** Columns and rows (issues name CSV lines the twin has too only when nothing was dropped). */
const content = (r: Extract<ImportResult, { ok: true }>) => {
  const { columns, rows } = tableContent(r.table);
  return { columns, rows, rowCount: r.meta.rows, shape: r.meta.shape };
};

describe('importParquet(file) through importBytes', () => {
  const twins = [
    'misc/owid_trade-as-share-of-gdp.csv',
    'comtrade/sstaple15_US-CNtrade_comtrade_H5_USA-CHN_2017.csv',
    'datahub/datasets-gdp_top-economies.csv',
  ];
  for (const path of twins) {
    it(`gives the same table as its CSV twin: ${path}`, async () => {
      const csv = importOk(fixtureBytes(path));
      const parquet = expectOk(await importBytes(writeParquetTwin(csv.table), options));
      expect(content(parquet)).toEqual(content(csv));
      const ints = writeParquetTwin(csv.table, { yearsAsInt: true, rowGroupSize: 97 });
      expect(content(expectOk(await importBytes(ints, options)))).toEqual(content(csv));
    });
  }

  it('reads zstd pages, really compressed or stored, as the same table', async () => {
    const csv = importOk(fixtureBytes(twins[0]));
    const zstd = writeParquetTwin(csv.table, { codec: 'ZSTD', rowGroupSize: 5000 });
    expect(content(expectOk(await importBytes(zstd, options)))).toEqual(content(csv));
    if (compressesZstd())
      expect(zstd.length).toBeLessThan(
        writeParquetTwin(csv.table, { codec: 'UNCOMPRESSED' }).length,
      );
  });

  it('reads int64, decimals, dates and timestamps as such; strings as categories', async () => {
    const bytes = parquetWriteBuffer({
      columnData: [
        { name: 'Partner', data: ['China', 'Russia', 'China', null] },
        { name: 'Shipments', data: [1n, 2n, 9007199254740993n, null] },
        {
          name: 'Day',
          data: [new Date('2020-01-31'), new Date('2021-02-01'), null, new Date('2020-01-31')],
        },
        { name: 'Stamp', data: [new Date('2020-01-31T10:00:00Z'), null, null, null] },
        { name: 'Value', data: [1.25, 2.5, 3, 4] },
        { name: 'Tags', data: [['a'], ['b', 'c'], [], null] },
      ],
      schema: [
        { name: 'root', num_children: 6 },
        {
          name: 'Partner',
          type: 'BYTE_ARRAY',
          converted_type: 'UTF8',
          repetition_type: 'OPTIONAL',
        },
        { name: 'Shipments', type: 'INT64', repetition_type: 'OPTIONAL' },
        { name: 'Day', type: 'INT32', converted_type: 'DATE', repetition_type: 'OPTIONAL' },
        {
          name: 'Stamp',
          type: 'INT64',
          converted_type: 'TIMESTAMP_MILLIS',
          repetition_type: 'OPTIONAL',
        },
        {
          name: 'Value',
          type: 'INT32',
          converted_type: 'DECIMAL',
          scale: 2,
          precision: 9,
          repetition_type: 'REQUIRED',
        },
        { name: 'Tags', repetition_type: 'OPTIONAL', converted_type: 'LIST', num_children: 1 },
        { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
        {
          name: 'element',
          type: 'BYTE_ARRAY',
          converted_type: 'UTF8',
          repetition_type: 'OPTIONAL',
        },
      ],
    });
    const { table } = expectOk(await importBytes(new Uint8Array(bytes), options));
    expect(table.columns.map((c) => [c.name, c.type])).toEqual([
      ['Partner', 'category'],
      ['Shipments', 'number'],
      ['Day', 'date'],
      ['Stamp', 'date'],
      ['Value', 'number'],
    ]);
    expect([cell(table, 'Shipments', 1), cell(table, 'Shipments', 3)]).toEqual([2, null]);
    expect(cell(table, 'Day', 1)).toBe('2021-02-01');
    expect(cell(table, 'Stamp', 0)).toBe('2020-01-31T10:00:00Z');
    expect(cell(table, 'Value', 0)).toBe(1.25);
    expect(col(table, 'Day')).toMatchObject({
      keys: Float64Array.of(Date.UTC(2020, 0, 31), Date.UTC(2021, 1, 1)),
    });
    expect(table.issues.map((i) => [i.column, i.message])).toEqual([
      ['Shipments', expect.stringMatching(/1 integer larger than 2\^53/)],
      ['Tags', expect.stringMatching(/nested values \(a list per row\).*other columns were read/)],
    ]);
    expect(table.provenance.file).toMatchObject({ format: 'parquet', rows: 4 });
  });

  it('refuses a file with a broken footer with a clear message', async () => {
    const csv = importOk(fixtureBytes('misc/owid_trade-as-share-of-gdp.csv'));
    const bytes = writeParquetTwin(csv.table);
    const cut = bytes.slice(0, bytes.length - 100);
    const damaged = bytes.slice();
    damaged.fill(7, bytes.length - 60, bytes.length - 8);
    for (const broken of [cut, damaged]) {
      const result = await importBytes(broken, options);
      expect(result).toEqual({
        ok: false,
        error: expect.stringMatching(/no readable footer.*again/),
      });
    }
  });
});
