import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';

/** A cell: a value, or a formula with the value Excel saved with it. */
type Cell = string | number | Date | null | { f: string; v: number };

/** The records of CSV text, cells that are plain numbers as numbers (as Excel keeps them). */
export function csvRecords(text: string): Cell[][] {
  const { data } = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: false });
  const rows = data.map((row) =>
    row.map((s) => (s === '' ? null : String(Number(s)) === s ? Number(s) : s)),
  );
  while (rows.length > 0 && rows.at(-1)!.every((c) => c === null)) rows.pop();
  return rows;
}

/** An .xlsx workbook (written by SheetJS) with one sheet per entry, in order. */
export function writeWorkbook(sheets: Record<string, Cell[][]>): Uint8Array<ArrayBuffer> {
  const book = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets))
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows, { cellDates: true }), name);
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}
