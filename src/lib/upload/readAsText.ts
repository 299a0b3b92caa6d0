import type { ImportMeta } from '../data/import/importResult';
import type { Provenance } from '../data/citation';

const FORMATS: Record<string, string> = {
  parquet: 'a Parquet file',
  'world-bank-json': 'a World Bank API answer (JSON)',
  'comtrade-json': 'a UN Comtrade+ API answer (JSON)',
  'json-records': 'JSON records',
  'sdmx-csv': 'SDMX-CSV',
};

/**
 * How a file was read, in a sentence: the workbook sheet and header row, the format, or the
 * text's encoding, delimiter and header line; and the rows read.
 */
export function readAsText(meta: ImportMeta, file: Provenance['file']): string {
  const rows = `${meta.rows.toLocaleString('en')} data rows`;
  if (file?.format === 'xlsx' && file.sheet)
    return `Read from the workbook sheet “${file.sheet}”, header on row ${meta.headerLine}, ${rows}.`;
  const format = file?.format ? FORMATS[file.format] : undefined;
  if (format && file?.format !== 'sdmx-csv') return `Read as ${format}, ${rows}.`;
  const delimiter = meta.delimiter === '\t' ? 'tab' : meta.delimiter;
  const text = `${meta.encoding}, delimiter “${delimiter}”, header on line ${meta.headerLine}, ${rows}`;
  const gzip = file?.format === 'gzip' ? 'Decompressed (gzip) and read' : 'Read';
  return `${gzip} as ${format ? `${format} in ` : ''}${text}.`;
}
