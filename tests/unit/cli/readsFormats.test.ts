import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCsv } from '../../../src/lib/data/import';
import { writeParquetTwin } from '../data/import/parquet/writeParquetTwin';
import { csvRecords, writeWorkbook } from '../data/import/workbook/writeWorkbook';
import { expectUsageError, run } from './cliHelpers';

const EUROSTAT = 'tests/fixtures/real/eurostat/christophergandrud_teina200.tsv';
const DOTS = 'tests/fixtures/real/imf/SamLeBlanc_DOTS_40_China_PR_Mainland_exports.csv';
const OWID = 'tests/fixtures/real/misc/owid_trade-as-share-of-gdp.csv';

const bytes = (path: string) => new Uint8Array(readFileSync(path));
const json = (s: string) => JSON.parse(s);

describe('inspect and convert read gzip, Parquet and .xlsx by their bytes', () => {
  it('inspect of a gzipped TSV (named without .gz) reports what the plain file does', async () => {
    const plain = await run(['inspect', EUROSTAT]);
    // Named like the plain file but for its extension, so the dataset code read from the name is the same.
    const name = 'christophergandrud_teina200.bin';
    const zipped = await run(['inspect', name], { [name]: gzipSync(bytes(EUROSTAT)) });
    expect([zipped.code, zipped.stderr]).toEqual([0, '']);
    expect(json(zipped.stdout)).toEqual(json(plain.stdout));
  });

  it('convert of a Parquet twin gives the rows of the CSV', async () => {
    const csv = importCsv(bytes(OWID), { name: 'owid.csv' });
    if (!csv.ok) throw new Error(csv.error);
    const files = { 'owid.parquet': writeParquetTwin(csv.table) };
    const fromParquet = json((await run(['convert', 'owid.parquet'], files)).stdout);
    const fromCsv = json((await run(['convert', OWID])).stdout);
    expect(fromParquet.columns).toEqual(fromCsv.columns);
    expect(fromParquet.rows).toEqual(fromCsv.rows);
    expect(fromParquet.provenance.file.format).toBe('parquet');
  });

  it('convert --sheet NAME reads that sheet of a workbook; a wrong name says which exist', async () => {
    const records = csvRecords(new TextDecoder().decode(bytes(DOTS)));
    const book = writeWorkbook({ Cover: [['Direction of Trade']], 'Exports, FOB': records });
    const files = { 'dots.xlsx': book };
    const fromSheet = json(
      (await run(['convert', 'dots.xlsx', '--sheet', 'Exports, FOB'], files)).stdout,
    );
    expect(fromSheet.rows).toEqual(json((await run(['convert', DOTS])).stdout).rows);
    const wrong = expectUsageError(await run(['inspect', 'dots.xlsx', '--sheet=Imports'], files));
    expect(wrong).toMatchObject({ code: 2, stdout: '', stack: false });
    expect(wrong.lines).toEqual([
      expect.stringMatching(
        /^error: .*no sheet named “Imports”; its sheets are: Cover, Exports, FOB/,
      ),
    ]);
  });

  it('a truncated gzip and a Parquet file without its footer exit 2 with one clear line', async () => {
    const gz = gzipSync(bytes(EUROSTAT));
    const csv = importCsv(bytes(OWID), { name: 'owid.csv' });
    if (!csv.ok) throw new Error(csv.error);
    const parquet = writeParquetTwin(csv.table);
    const files = {
      'a.tsv.gz': gz.subarray(0, 200),
      'b.parquet': parquet.subarray(0, parquet.length - 30),
    };
    for (const [file, says] of [
      ['a.tsv.gz', /truncated/],
      ['b.parquet', /footer/],
    ] as const) {
      const result = expectUsageError(await run(['inspect', file], files));
      expect(result).toMatchObject({ code: 2, stdout: '', stack: false });
      expect(result.lines).toEqual([expect.stringMatching(says)]);
    }
  });
});
