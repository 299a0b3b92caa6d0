import readXlsxFile from 'read-excel-file/universal';
import type { ImportIssue } from '../../table';
import { createTableBuilder } from '../table/createTableBuilder';
import type { FileImportOptions } from '../importBytes';
import { SNIFF_ROWS } from '../importLimits';
import type { ImportResult } from '../importResult';
import { formatBytes } from '../refuseFile';
import { unexpectedError } from '../unexpectedError';
import { cellReference } from './cellReference';
import { cellText, type WorkbookCell } from './cellText';
import { sniffRows } from './sniffRows';
import { MAX_WORKBOOK_UNPACKED, unpackedSize } from './unpackedSize';
import { workbookError } from './workbookError';

type Sheets = { sheet: string; data: WorkbookCell[][] }[];

/** A note when the workbook has other sheets than the one read. */
function otherSheets(sheets: Sheets, read: string): ImportIssue[] {
  if (sheets.length < 2) return [];
  const names = sheets.map((s) => `“${s.sheet}”`).join(', ');
  const message = `The workbook has ${sheets.length} sheets (${names}); this table is from “${read}”. Choose another with the Sheet menu above the chart, or --sheet NAME in the command line.`;
  return [{ line: null, column: null, message, severity: 'info' }];
}

/** A sheet with a header of two or more columns and a row below it: a table, not notes. */
function holdsTable(sheet: Sheets[number]): boolean {
  // The header is found in the first rows: only those are read as text, not the whole sheet.
  const sample = sheet.data.slice(0, SNIFF_ROWS).map((r) => r.map(cellText));
  const dialect = sniffRows(sample, sheet.sheet);
  return (
    typeof dialect !== 'string' &&
    dialect.fieldCount >= 2 &&
    sheet.data.length > dialect.headerIndex + dialect.headerRows
  );
}

/** The sheet asked for; else the first that holds a table (a workbook may open on notes). */
function chooseSheet(sheets: Sheets, asked: string | undefined) {
  if (asked) return sheets.find((s) => s.sheet === asked);
  return sheets.find(holdsTable) ?? sheets[0];
}

/** Each issue at a line and column also says the cell, as the spreadsheet names it. */
function citeCells(issues: ImportIssue[], sheet: string, header: readonly string[]) {
  for (const issue of issues) {
    if (issue.line === null) continue;
    // A column unnamed in the file is called `Column N` after its place.
    const unnamed = issue.column?.match(/^Column (\d+)$/);
    const named = issue.column === null ? null : header.indexOf(issue.column);
    const column = named !== null && named < 0 && unnamed ? Number(unnamed[1]) - 1 : named;
    issue.cell = cellReference(sheet, issue.line, column);
  }
}

/**
 * Imports one sheet of an .xlsx workbook (the first that holds a table, unless `options.sheet` names one): its
 * rows go, as text, through the same header, footer, type and shape detection as a CSV's
 * records, so title rows, blank rows and an empty first column are handled alike; row N of
 * the sheet is line N in issues. Date cells come as dates. Never throws.
 */
export async function importWorkbook(
  input: ArrayBuffer | Blob,
  options: FileImportOptions,
): Promise<ImportResult> {
  const bytes = new Uint8Array(input instanceof Blob ? await input.arrayBuffer() : input);
  const unpacked = unpackedSize(bytes);
  const cap = Math.min(options.maxBytes ?? MAX_WORKBOOK_UNPACKED, MAX_WORKBOOK_UNPACKED);
  if (unpacked !== null && unpacked > cap) {
    const error = `Unpacked, this workbook would be ${formatBytes(unpacked)}, more than the ${formatBytes(cap)} Tradelens reads (it may be a "zip bomb"). Save the sheet you need as CSV (or filter it first) and upload that.`;
    return { ok: false, error };
  }
  let sheets: Sheets;
  try {
    sheets = (await readXlsxFile(bytes.buffer)) as unknown as Sheets;
  } catch (e) {
    return { ok: false, error: workbookError(e, options.sheet) };
  }
  try {
    const found = chooseSheet(sheets, options.sheet);
    if (!found) {
      const names = sheets.map((s) => s.sheet).join(', ');
      const error = new Error(`Available sheets: ${names}`);
      error.name = 'SheetNotFoundError';
      return { ok: false, error: workbookError(error, options.sheet) };
    }
    const rows = found.data.map((row) => row.map(cellText));
    if (rows.every((row) => row.every((cell) => cell.trim() === ''))) {
      const error = `The sheet “${found.sheet}” is empty: there is no table to import. Pick the sheet that holds the data (--sheet NAME in the command line).`;
      return { ok: false, error };
    }
    const dialect = sniffRows(rows, found.sheet);
    if (typeof dialect === 'string') return { ok: false, error: dialect };
    const builder = createTableBuilder(dialect, options, rows.length);
    rows.forEach((row, i) => builder.addRows([row], i + 1));
    const size = options.size ?? bytes.length;
    const issues = otherSheets(sheets, found.sheet);
    const result = builder.finish({ encoding: 'utf-8', issues, size, final: true });
    if (!result.ok) return result;
    if (result.table.provenance.file)
      Object.assign(result.table.provenance.file, { format: 'xlsx', sheet: found.sheet });
    citeCells(result.table.issues, found.sheet, rows[dialect.headerIndex] ?? []);
    if (sheets.length > 1) result.meta.sheets = sheets.map((s) => s.sheet);
    return result;
  } catch (e) {
    return { ok: false, error: unexpectedError(e) };
  }
}
