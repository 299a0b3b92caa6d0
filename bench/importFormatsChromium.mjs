// In Chromium, through the dashboard's upload (its worker): the same generated trade table as
// CSV, as Parquet (zstd) and as .csv.gz, each to its first chart and its full table, with the
// longest main-thread task and peak memory; and a 100k-row workbook (.xlsx) to its first chart.
// Each figure is the median of the runs (`--runs`, alternated). Needs `npm run build` first.
//   node bench/importFormatsChromium.mjs [--rows 1000000] [--runs 3] [--json]
// Parquet pages are compressed by the system's `zstd` when there is one (else written as zstd
// frames of stored blocks, and `parquetZstdCompressed` says false).
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as XLSX from '@e965/xlsx';
import { parquetWriteBuffer } from 'hyparquet-writer';
import Papa from 'papaparse';
import {
  dashboard,
  launchChromium,
  option,
  OUT,
  serve,
  settle,
  summary,
} from './chromiumUpload.mjs';
import { writeTradeCsv } from './generateTradeCsv.mjs';
import { storedFrame, systemZstd } from './zstdFrame.mjs';

const out = OUT;
const rows = Number(option('rows', 1_000_000));
const runs = Number(option('runs', 3));
const json = process.argv.includes('--json');
const WORKBOOK_ROWS = 100_000;

const zstdCompressed = systemZstd(new Uint8Array(16)) !== null;
const zstd = (bytes) => (zstdCompressed ? systemZstd(bytes) : storedFrame(bytes));

/** The CSV's records, amounts as numbers (their thousands separators dropped), codes as text. */
function records(csv) {
  const { data } = Papa.parse(readFileSync(csv, 'utf8'), { skipEmptyLines: true });
  const [header, ...body] = data;
  const numeric = header.map((h) => /Year|Value|kg/.test(h));
  return {
    header,
    body: body.map((r) => r.map((s, j) => (numeric[j] ? Number(s.replace(/,/g, '')) : s))),
  };
}

/** The table as Parquet, as an engine writes it: strings, INT32 years, DOUBLE amounts, zstd. */
function writeParquet({ header, body }, file) {
  const columnData = header.map((name, j) => {
    const year = name === 'Year';
    const number = typeof body[0][j] === 'number';
    const values = body.map((r) => r[j]);
    const type = year ? 'INT32' : number ? 'DOUBLE' : 'STRING';
    return { name, data: year ? Int32Array.from(values) : values, type };
  });
  const bytes = parquetWriteBuffer({
    columnData,
    codec: 'ZSTD',
    compressors: { ZSTD: zstd },
    rowGroupSize: 100_000,
  });
  writeFileSync(file, new Uint8Array(bytes));
}

/** The first rows of the table as an .xlsx workbook (numbers as numbers). */
function writeWorkbook({ header, body }, file) {
  const sheet = XLSX.utils.aoa_to_sheet([header, ...body.slice(0, WORKBOOK_ROWS)]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Trade');
  writeFileSync(file, new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' })));
}

mkdirSync(out, { recursive: true });
const csv = resolve(out, `trade-${rows}.csv`);
if (!existsSync(csv)) await writeTradeCsv(csv, rows, 42);
const files = {
  csv,
  parquetZstd: resolve(out, `trade-${rows}.zstd.parquet`),
  csvGz: resolve(out, `trade-${rows}.csv.gz`),
  xlsx100k: resolve(out, `trade-${WORKBOOK_ROWS}.xlsx`),
};
if (!existsSync(files.csvGz)) writeFileSync(files.csvGz, gzipSync(readFileSync(csv)));
if (!existsSync(files.parquetZstd) || !existsSync(files.xlsx100k)) {
  const table = records(csv);
  if (!existsSync(files.parquetZstd)) writeParquet(table, files.parquetZstd);
  if (!existsSync(files.xlsx100k)) writeWorkbook(table, files.xlsx100k);
}

const server = await serve();
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launchChromium();
try {
  const measured = Object.fromEntries(Object.keys(files).map((k) => [k, []]));
  // Alternated, so a slow spell of the machine falls on every format alike.
  for (let i = 0; i < runs; i++) {
    for (const [name, file] of Object.entries(files)) {
      await settle();
      measured[name].push(await dashboard(browser, url, file, { ready: true }));
    }
  }
  const result = {
    rows,
    runs,
    workbookRows: WORKBOOK_ROWS,
    parquetZstdCompressed: zstdCompressed,
    fileBytes: Object.fromEntries(Object.entries(files).map(([k, f]) => [k, statSync(f).size])),
    ...Object.fromEntries(Object.entries(measured).map(([k, list]) => [k, summary(list)])),
  };
  result.parquetToCsvFullTableRatio = result.parquetZstd.fullTableMs / result.csv.fullTableMs;
  if (json) console.log(JSON.stringify(result));
  else console.dir(result, { depth: 4 });
} finally {
  await browser.close();
  server.close();
}
