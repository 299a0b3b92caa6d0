import { scoreFieldCounts } from '../text/chooseDelimiter';
import { findHeader } from '../shape/findHeader';
import { MAX_COLUMNS, SNIFF_ROWS } from '../importLimits';
import type { CsvDialect } from '../text/sniffDialect';

/**
 * The header of a sheet's rows, found as the CSV importer finds it in a file's records (title
 * rows, blank rows and notes above it are skipped), as a dialect for the same table builder.
 * Row i of the sheet stands for line i + 1. A message when no table is found.
 */
export function sniffRows(
  rows: readonly (readonly string[])[],
  sheet: string,
): CsvDialect | string {
  const sample = rows.slice(0, SNIFF_ROWS);
  const header = findHeader(sample, scoreFieldCounts(sample).fields, 0);
  if (!header) {
    return `The sheet “${sheet}” holds no table (no header row with values below it). Pick the sheet that holds the data (--sheet NAME in the command line).`;
  }
  if (header.fieldCount > MAX_COLUMNS) {
    return `The sheet “${sheet}” has ${header.fieldCount.toLocaleString('en')} columns, more than the ${MAX_COLUMNS.toLocaleString('en')} Tradelens reads. Keep only the columns you need.`;
  }
  return {
    encoding: 'utf-8',
    delimiter: ',',
    newline: '\n',
    headerLine: header.index + 1,
    headerIndex: header.index,
    headerRows: header.rows,
    fieldCount: header.fieldCount,
    bytesPerRecord: 1,
  };
}
