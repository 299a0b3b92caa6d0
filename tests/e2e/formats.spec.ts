import * as XLSX from '@e965/xlsx';
import { expect, test, type Page } from '@playwright/test';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

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
  expect(loaded.filter((u) => /importParquet|importWorkbook/.test(u))).toEqual([]);

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
