export { buildColumn } from './buildColumn';
export { chooseDelimiter, DELIMITERS, isBlankRecord, scoreFieldCounts } from './chooseDelimiter';
export { cleanValues, type ColumnValues } from './cleanValues';
export { createCsvImporter, type CsvImporter } from './createCsvImporter';
export { createRowReader, type Delimiter, type RowReader } from './createRowReader';
export { createStreamDecoder, decodeText, type StreamDecoder } from './createStreamDecoder';
export { createTableBuilder, type TableBuilder } from './createTableBuilder';
export {
  byteOrderMark,
  detectEncoding,
  isValidUtf8,
  utf16ByNulPattern,
  type TextEncoding,
} from './detectEncoding';
export { detectFormat, FORMAT_HEAD_BYTES, type FileFormat, type WholeFormat } from './detectFormat';
export { detectShape, periodColumns } from './detectShape';
export { findFooter, type Footer } from './findFooter';
export { findHeader, type HeaderGuess } from './findHeader';
export type { FinishExtras } from './finishTable';
export { combineHeaderRows, dimensionHeader, namedFields, uniqueNames } from './headerNames';
export { importBytes, type FileImportOptions } from './importBytes';
export { importCsv } from './importCsv';
export { importGzip } from './importGzip';
export { GzipError, gunzipChunks } from './gunzipChunks';
export * from './importLimits';
export type { ImportMeta, ImportOptions, ImportResult } from './importResult';
export { inferColumnType, type ColumnTypeDecision, type TypeHints } from './inferColumnType';
export { inferRole } from './inferRole';
export { countLineBreaks, detectNewline, normalizeNewlines, type Newline } from './lineBreaks';
export { isMissingMarker, MISSING_MARKERS } from './missingMarkers';
export { isCodeName, isTimeName, nameWords } from './nameWords';
export { parseIsoDate } from './parseIsoDate';
export { couldBeNumber, parseNumber, type DecimalSeparator } from './parseNumber';
export { readNumbers, type NumberReading } from './readNumbers';
export { formatBytes, refuseFile } from './refuseFile';
export { sniffDialect, type CsvDialect, type SniffOptions, type SniffResult } from './sniffDialect';
export { splitDimensions } from './splitDimensions';
export { splitFlag } from './splitFlag';
export { toLong } from './toLong';
