import * as XLSX from '@e965/xlsx';
import { expect, test, type Page } from '@playwright/test';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { zstdCompress } from '../unit/data/import/parquet/zstdCompress';

const EUROSTAT = 'tests/fixtures/real/eurostat/christophergandrud_teina200.tsv';

const imported = (page: Page, name: string) =>
  page.locator('section[aria-label^="Imported"]').filter({ hasText: name });

async function drop(page: Page, name: string, mimeType: string, buffer: Buffer) {
  await page.getByLabel(/CSV/).first().setInputFiles({ name, mimeType, buffer });
  const figure = imported(page, name).locator('figure');
  await expect(figure.getByRole('img')).toBeVisible({ timeout: 20_000 });
  await expect(figure.locator('figcaption')).toContainText(name);
  return figure;
}

const years = [2018, 2019, 2020, 2021, 2022];
const rows = years.flatMap((year, i) => [
  ['China', year, 100 + 10 * i],
  ['Russia', year, 50 + 7 * i],
]);

test('an .xlsx, a .parquet and a .tsv.gz each chart, their readers loaded only then', async ({
  page,
}) => {
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(r.url()));
  await page.goto('/');
  await page.locator('figure svg').first().waitFor();
  expect(loaded.filter((u) => /importParquet|importWorkbook|zstddec/.test(u))).toEqual([]);

  // A workbook as DOTS ones come: a title row and a blank row above the header.
  const sheet = XLSX.utils.aoa_to_sheet([
    ['Exports to partners, US$ millions'],
    [],
    ['Partner', 'Year', 'Exports'],
    ...rows,
  ]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Exports');
  const xlsx = Buffer.from(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  const sheetType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  await drop(page, 'exports.xlsx', sheetType, xlsx);

  const parquet = Buffer.from(
    parquetWriteBuffer({
      columnData: [
        { name: 'Partner', data: rows.map((r) => r[0] as string), type: 'STRING' },
        { name: 'Year', data: rows.map((r) => r[1] as number), type: 'INT32' },
        { name: 'Exports', data: rows.map((r) => r[2] as number), type: 'DOUBLE' },
      ],
    }),
  );
  await drop(page, 'exports.parquet', 'application/octet-stream', parquet);

  const gz = gzipSync(readFileSync(EUROSTAT));
  await drop(page, 'teina200.tsv.gz', 'application/gzip', gz);
  expect(loaded.some((u) => /importParquet/.test(u))).toBe(true);
  expect(loaded.some((u) => /importWorkbook/.test(u))).toBe(true);
  // The zstd decoder is loaded only for a file with zstd pages (this one is snappy).
  expect(loaded.some((u) => /zstddec/.test(u))).toBe(false);
});

test('a zstd Parquet file of many row groups reads whole, its zstd decoder loaded for it', async ({
  page,
}) => {
  const loaded: string[] = [];
  page.context().on('request', (r) => loaded.push(r.url()));
  await page.goto('/');
  await page.locator('figure svg').first().waitFor();
  const n = 30_000;
  const parquet = Buffer.from(
    parquetWriteBuffer({
      columnData: [
        { name: 'Partner', data: Array.from({ length: n }, (_, i) => `P${i % 7}`), type: 'STRING' },
        {
          name: 'Year',
          data: Int32Array.from({ length: n }, (_, i) => 1990 + (i % 30)),
          type: 'INT32',
        },
        {
          name: 'Exports',
          data: Float64Array.from({ length: n }, (_, i) => i / 4),
          type: 'DOUBLE',
        },
      ],
      codec: 'ZSTD',
      compressors: { ZSTD: zstdCompress },
      rowGroupSize: 1500,
    }),
  );
  await drop(page, 'groups.parquet', 'application/octet-stream', parquet);
  await expect(page.getByText('groups.parquet: charted below, 30,000 rows.')).toBeAttached();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(loaded.some((u) => /zstddec/.test(u))).toBe(true);
});

test('a truncated .tsv.gz gives an alert that says so, and the page keeps working', async ({
  page,
}) => {
  await page.goto('/');
  await page.locator('figure svg').first().waitFor();
  const gz = gzipSync(readFileSync(EUROSTAT));
  await page
    .getByLabel(/CSV/)
    .first()
    .setInputFiles({
      name: 'cut.tsv.gz',
      mimeType: 'application/gzip',
      buffer: gz.subarray(0, 400),
    });
  await expect(page.getByRole('alert').filter({ hasText: 'truncated' })).toBeVisible();
  await expect(page.locator('figure svg').first()).toBeVisible();
});

test('a workbook opens on its table, and the Sheet menu reads another sheet in its place', async ({
  page,
}) => {
  await page.goto('/');
  await page.locator('figure svg').first().waitFor();
  const book = XLSX.utils.book_new();
  const notes = XLSX.utils.aoa_to_sheet([['About this workbook'], ['Figures in US$ millions']]);
  XLSX.utils.book_append_sheet(book, notes, 'Notes');
  const sheet = (flow: string, k: number) =>
    XLSX.utils.aoa_to_sheet([
      ['Partner', 'Year', flow],
      ...rows.map((r) => [r[0], r[1], (r[2] as number) * k]),
    ]);
  XLSX.utils.book_append_sheet(book, sheet('Exports', 1), 'Exports, FOB');
  XLSX.utils.book_append_sheet(book, sheet('Imports', 2), 'Imports, CIF');
  const xlsx = Buffer.from(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  await drop(page, 'dots.xlsx', type, xlsx);

  const section = imported(page, 'dots.xlsx');
  const menu = section.getByLabel('Sheet of the workbook');
  await expect(menu).toHaveValue('Exports, FOB');
  await expect(menu.locator('option')).toHaveText(['Notes', 'Exports, FOB', 'Imports, CIF']);
  await menu.selectOption('Imports, CIF');
  // The menu shows the pick at once, on the old chart; the new sheet's chart takes its place
  // once read, and only then is there one section again, titled from the new sheet.
  await expect(imported(page, 'Imports by partner')).toHaveCount(1);
  await expect(imported(page, 'dots.xlsx')).toHaveCount(1);
  await expect(imported(page, 'dots.xlsx').getByLabel('Sheet of the workbook')).toHaveValue(
    'Imports, CIF',
  );
  const table = imported(page, 'dots.xlsx').locator('figure');
  await expect(table.getByRole('img')).toBeVisible();
  await imported(page, 'dots.xlsx').getByText('Columns and import notes').click();
  await expect(imported(page, 'dots.xlsx')).toContainText(
    'Read from the workbook sheet “Imports, CIF”',
  );
  await expect(imported(page, 'dots.xlsx').locator('.about')).toContainText('Imports');
});

test('a World Bank API answer and an SDMX-CSV download each chart, cited from the file', async ({
  page,
}) => {
  await page.goto('/');
  await page.locator('figure svg').first().waitFor();
  const records = rows.map(([country, year, value]) => ({
    indicator: { id: 'NE.TRD.GNFS.ZS', value: 'Trade (% of GDP)' },
    country: { id: country === 'China' ? 'CN' : 'RU', value: country },
    countryiso3code: country === 'China' ? 'CHN' : 'RUS',
    date: String(year),
    value: (value as number) / 4,
    decimal: 1,
  }));
  const page1 = { page: 1, pages: 1, per_page: 50, total: records.length };
  const json = Buffer.from(JSON.stringify([page1, records]));
  const wb = await drop(page, 'trade.json', 'application/json', json);
  await expect(wb.locator('figcaption')).toContainText('World Bank');
  await expect(wb.locator('figcaption')).toContainText('Trade (% of GDP)');

  const sdmx = [
    'DATAFLOW,LAST UPDATE,freq,partner,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG',
    ...rows.map(
      ([country, year, value], i) =>
        `ESTAT:EXT_LT_MAINEU(1.0),15/02/24 23:00:00,A,EXT_EU27_2020,${country === 'China' ? 'CN' : 'RU'},${year},${value},${i === 9 ? 'p' : ''}`,
    ),
  ].join('\n');
  const flow = await drop(page, 'ext_lt_maineu.csv', 'text/csv', Buffer.from(sdmx));
  await expect(flow.locator('figcaption')).toContainText('Eurostat');
});

test('Cancel stops a large Parquet import: nothing is added, and the page keeps working', async ({
  page,
}) => {
  await page.goto('/');
  await page.locator('figure svg').first().waitFor();
  const n = 1_500_000;
  const parquet = Buffer.from(
    parquetWriteBuffer({
      columnData: [
        {
          name: 'Partner',
          data: Array.from({ length: n }, (_, i) => `P${i % 200}`),
          type: 'STRING',
        },
        {
          name: 'Year',
          data: Int32Array.from({ length: n }, (_, i) => 1990 + (i % 30)),
          type: 'INT32',
        },
        {
          name: 'Exports',
          data: Float64Array.from({ length: n }, (_, i) => i * 0.5),
          type: 'DOUBLE',
        },
      ],
      rowGroupSize: 20_000,
    }),
  );
  await page.getByLabel(/CSV/).first().setInputFiles({
    name: 'big.parquet',
    mimeType: 'application/octet-stream',
    buffer: parquet,
  });
  const cancel = page.getByRole('button', { name: 'Cancel import' });
  await expect(cancel).toBeVisible();
  await cancel.click();
  await expect(cancel).toBeHidden();
  // Long enough for the import to have finished, had it gone on.
  await page.waitForTimeout(3000);
  await expect(imported(page, 'big.parquet')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await drop(page, 'after.tsv', 'text/tab-separated-values', readFileSync(EUROSTAT));
});
