export { buildColumn } from './table/buildColumn';
export {
  chooseDelimiter,
  DELIMITERS,
  isBlankRecord,
  scoreFieldCounts,
} from './text/chooseDelimiter';
export { cleanValues, type ColumnValues } from './values/cleanValues';
export { createCsvImporter, type CsvImporter, type CsvPartPlan } from './csv/createCsvImporter';
export { rawPartBuffers, type RawPart } from './table/rawPart';
export { createRowReader, type Delimiter, type RowReader } from './text/createRowReader';
export { createStreamDecoder, decodeText, type StreamDecoder } from './text/createStreamDecoder';
export { createTableBuilder, type TableBuilder } from './table/createTableBuilder';
export {
  byteOrderMark,
  detectEncoding,
  isValidUtf8,
  utf16ByNulPattern,
  type TextEncoding,
} from './text/detectEncoding';
export { detectFormat, FORMAT_HEAD_BYTES, type FileFormat, type WholeFormat } from './detectFormat';
export { detectShape, periodColumns } from './shape/detectShape';
export { findFooter, type Footer } from './shape/findFooter';
export { findHeader, type HeaderGuess } from './shape/findHeader';
export type { FinishExtras } from './table/finishTable';
export { combineHeaderRows, dimensionHeader, namedFields, uniqueNames } from './shape/headerNames';
export { importBytes, type FileImportOptions } from './importBytes';
export { importCsv } from './csv/importCsv';
export { importGzip } from './gzip/importGzip';
export { GzipError, gunzipChunks } from './gzip/gunzipChunks';
export * from './importLimits';
export type { ImportMeta, ImportOptions, ImportResult } from './importResult';
export { inferColumnType, type ColumnTypeDecision, type TypeHints } from './values/inferColumnType';
export { inferRole } from './values/inferRole';
export { countLineBreaks, detectNewline, normalizeNewlines, type Newline } from './text/lineBreaks';
export { isMissingMarker, MISSING_MARKERS } from './values/missingMarkers';
export { isCodeName, isTimeName, nameWords } from './shape/nameWords';
export { parseIsoDate } from './values/parseIsoDate';
export { couldBeNumber, parseNumber, type DecimalSeparator } from './values/parseNumber';
export { readNumbers, type NumberReading } from './values/readNumbers';
export { formatBytes, refuseFile } from './refuseFile';
export {
  sniffDialect,
  type CsvDialect,
  type SniffOptions,
  type SniffResult,
} from './text/sniffDialect';
export { splitDimensions } from './shape/splitDimensions';
export { splitFlag } from './shape/splitFlag';
export { toLong } from './shape/toLong';
