import { describe, expect, it } from 'vitest';
import { importBytes, type ImportResult } from '../../../../../src/lib/data/import';
import { ACCESSED, cell, col, fixtureBytes, importOk, tableContent } from '../importHelpers';
import { unpackedSize } from '../../../../../src/lib/data/import/workbook/unpackedSize';
import { csvRecords, writeWorkbook } from './writeWorkbook';

const DOTS = 'imf/SamLeBlanc_DOTS_40_China_PR_Mainland_exports.csv';
const options = { name: 'dots.xlsx', accessed: ACCESSED };

function expectOk(result: ImportResult) {
  if (!result.ok) throw new Error(`import refused: ${result.error}`);
  return result;
}

describe('importWorkbook(xlsx) through importBytes', () => {
  const csvBytes = fixtureBytes(DOTS);
  const records = csvRecords(new TextDecoder().decode(csvBytes));

  it('gives the IMF DOTS sheet (title rows, blank rows, empty first column) the table of its CSV', async () => {
    const book = writeWorkbook({ 'Exports, FOB': records });
    const xlsx = expectOk(await importBytes(book, options));
    const csv = importOk(csvBytes, { name: 'dots.xlsx' });
    expect(xlsx.meta).toEqual(csv.meta);
    expect(tableContent(xlsx.table)).toEqual(tableContent(csv.table));
    expect(xlsx.table.provenance.file).toMatchObject({ format: 'xlsx', sheet: 'Exports, FOB' });
    expect(xlsx.meta.headerLine).toBeGreaterThan(1);
  });

  it('reads the first sheet with a table by default, another by name, and says which sheets there are', async () => {
    const book = writeWorkbook({ Notes: [['About'], ['Made in a test']], Data: records });
    const first = expectOk(await importBytes(book, options));
    expect(first.table.provenance.file?.sheet).toBe('Data');
    const notes = expectOk(await importBytes(book, { ...options, sheet: 'Notes' }));
    expect(notes.table.columns.map((c) => c.name)).toEqual(['About']);
    const data = expectOk(await importBytes(book, { ...options, sheet: 'Data' }));
    expect(data.table.rowCount).toBe(importOk(csvBytes).table.rowCount);
    expect(data.table.issues[0].message).toMatch(
      /2 sheets \(“Notes”, “Data”\); this table is from “Data”/,
    );
    const missing = await importBytes(book, { ...options, sheet: 'Imports' });
    expect(missing).toEqual({
      ok: false,
      error: expect.stringMatching(/no sheet named “Imports”; its sheets are: Notes, Data/),
    });
  });

  it('reads date cells (serials formatted as dates) as dates', async () => {
    const book = writeWorkbook({
      Sheet1: [
        ['Date', 'Exports'],
        [new Date(Date.UTC(2023, 0, 31)), 12.5],
        [new Date(Date.UTC(2023, 1, 28)), 13],
      ],
    });
    const { table } = expectOk(await importBytes(book, options));
    expect(col(table, 'Date').type).toBe('date');
    expect([cell(table, 'Date', 1), cell(table, 'Exports', 1)]).toEqual(['2023-02-28', 13]);
  });

  it('refuses a corrupt workbook, and an encrypted (or legacy .xls) one, with a clear message', async () => {
    const book = writeWorkbook({ Data: records });
    const truncated = await importBytes(book.slice(0, book.length >> 1), options);
    expect(truncated).toEqual({
      ok: false,
      error: expect.stringMatching(/not a readable Excel workbook.*save it again/),
    });
    // Encrypted .xlsx files are OLE compound files, like legacy .xls ones.
    const ole = Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0);
    const encrypted = await importBytes(ole, options);
    expect(encrypted).toEqual({ ok: false, error: expect.stringMatching(/password.*\.xlsx/) });
  });
});

describe('importWorkbook(xlsx): sheets and cells', () => {
  const records = csvRecords(new TextDecoder().decode(fixtureBytes(DOTS)));

  it('opens on the first sheet that holds a table, and lists every sheet', async () => {
    const book = writeWorkbook({ Notes: [['About this file']], 'Exports, FOB': records });
    const { table, meta } = expectOk(await importBytes(book, options));
    expect(table.provenance.file?.sheet).toBe('Exports, FOB');
    expect(meta.sheets).toEqual(['Notes', 'Exports, FOB']);
  });

  it('cites a problem by its cell, as the spreadsheet names it', async () => {
    const book = writeWorkbook({
      'Exports, FOB': [
        ['Year', 'Exports', 'Imports'],
        [2020, 1.5, 2],
        [2021, 'n/a?', 3],
        [2022, 2.5, 4],
      ],
    });
    const { table } = expectOk(await importBytes(book, options));
    const cells = table.issues.filter((i) => i.cell).map((i) => i.cell);
    expect(cells).toContain("'Exports, FOB'!B3");
  });

  it('reads a formula cell by the value Excel saved with it', async () => {
    const book = writeWorkbook({
      Data: [
        ['Year', 'Exports', 'Imports', 'Balance'],
        [2020, 5, 3, { f: 'B2-C2', v: 2 }],
        [2021, 6, 4, { f: 'B3-C3', v: 2 }],
      ],
    });
    const { table } = expectOk(await importBytes(book, options));
    expect([cell(table, 'Balance', 0), cell(table, 'Balance', 1)]).toEqual([2, 2]);
  });
});

describe('importWorkbook(xlsx): a workbook too large unpacked', () => {
  it('is refused before anything is inflated, saying what it would unpack to', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => [
      2000 + (i % 20),
      i,
      'same text '.repeat(5),
    ]);
    const book = writeWorkbook({ Data: [['Year', 'Exports', 'Note'], ...rows] });
    const declared = unpackedSize(book);
    expect(declared).toBeGreaterThan(100_000);
    const refused = await importBytes(book, { ...options, maxBytes: declared! - 1 });
    expect(refused).toEqual({
      ok: false,
      error: expect.stringMatching(/Unpacked, this workbook would be .* "zip bomb".*CSV/),
    });
    expect(expectOk(await importBytes(book, options)).table.rowCount).toBe(2000);
  });
});

describe('importWorkbook(xlsx): merged header cells', () => {
  it('joins a row of merged group cells with the names under each group', async () => {
    // As Excel saves it: `Exports` merged over B1:C1, `Imports` over D1:E1 (only the first
    // cell of a merge holds the text).
    const book = writeWorkbook({
      Trade: [
        ['US$ million', null, null, null, null],
        [null, 'Exports', null, 'Imports', null],
        ['Year', 'China', 'Russia', 'China', 'Russia'],
        [2020, 1, 2, 3, 4],
        [2021, 5, 6, 7, 8],
      ],
    });
    const { table } = expectOk(await importBytes(book, options));
    expect(table.columns.map((c) => c.name)).toEqual([
      'Year',
      'Exports China',
      'Exports Russia',
      'Imports China',
      'Imports Russia',
    ]);
    expect(cell(table, 'Imports Russia', 1)).toBe(8);
  });
});
