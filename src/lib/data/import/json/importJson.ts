import type { Table } from '../../table';
import { createTableBuilder } from '../table/createTableBuilder';
import { fileCitation } from '../table/finishTable';
import type { ImportOptions, ImportResult } from '../importResult';
import type { CsvDialect } from '../text/sniffDialect';
import { unexpectedError } from '../unexpectedError';
import { jsonShape, type JsonShape } from './jsonShape';
import { recordRows } from './recordRows';

/** JSON is parsed whole, so a file past this is better downloaded as CSV. */
export const MAX_JSON_BYTES = 512 * 1024 * 1024;

/** The table of rows whose first row is the header: record i is "line" i + 2. */
function rowsTable(rows: string[][], options: ImportOptions): ImportResult {
  const dialect: CsvDialect = {
    encoding: 'utf-8',
    delimiter: ',',
    newline: '\n',
    headerLine: 1,
    headerIndex: 0,
    headerRows: 1,
    fieldCount: rows[0].length,
    bytesPerRecord: 1,
  };
  const builder = createTableBuilder(dialect, options, rows.length);
  rows.forEach((row, i) => builder.addRows([row], i + 1));
  return builder.finish({ encoding: 'utf-8', size: options.size, final: true });
}

/** The table with what the JSON's layout says: its source, its notes, its format. */
function withShape(
  table: Table,
  shape: Extract<JsonShape, { records: unknown[] }>,
  options: ImportOptions,
): Table {
  const { provenance } = table;
  const source = shape.source ?? provenance.fileSource;
  return {
    ...table,
    issues: [...shape.issues, ...table.issues],
    provenance: {
      ...provenance,
      ...(source && { fileSource: source, citations: [fileCitation(options, source)] }),
      ...(provenance.file && { file: { ...provenance.file, format: shape.format } }),
    },
  };
}

/**
 * A JSON file's table: a World Bank API v2 answer, a UN Comtrade+ API answer, or a list of
 * records. Fields become columns typed as a CSV's cells are, so an answer gives the same
 * table as the same data downloaded as CSV; anything else gets a message saying which shapes
 * are read. Never throws.
 */
export function importJson(bytes: Uint8Array, options: ImportOptions): ImportResult {
  if (bytes.length > MAX_JSON_BYTES) {
    const error = `This JSON file is ${Math.round(bytes.length / 2 ** 20)} MB; Tradelens reads JSON of up to 512 MB. Download the data as CSV (or Parquet), which has no such limit.`;
    return { ok: false, error };
  }
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      error: `The file starts like JSON but is not valid JSON (${detail}): it may be cut short. Download it again, or download the data as CSV.`,
    };
  }
  try {
    const shape = jsonShape(data);
    if ('error' in shape) return { ok: false, error: shape.error };
    const rows = recordRows(shape.records, shape.rename);
    if (rows[0].length === 0) {
      const error = 'The JSON records hold no fields with values: there is no table to import.';
      return { ok: false, error };
    }
    const result = rowsTable(rows, options);
    if (!result.ok) return result;
    return { ...result, table: withShape(result.table, shape, options) };
  } catch (e) {
    return { ok: false, error: unexpectedError(e) };
  }
}
