import type { Column, ImportIssue, TextColumn } from '../../table';
import { cleanValues } from '../values/cleanValues';
import { inferRole } from '../values/inferRole';
import { isCodeName, isTimeName } from '../shape/nameWords';
import { typeColumn } from '../table/readColumns';
import { plural } from '../table/rowIssues';
import type { ParquetSink } from './createParquetSink';

/** `2023-10-26` at midnight UTC, else the ISO date-time to the second (or millisecond). */
function dateLabel(ms: number): string {
  const iso = new Date(ms).toISOString();
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  return iso.endsWith('.000Z') ? `${iso.slice(0, 19)}Z` : iso;
}

function dateColumn(sink: ParquetSink, rowCount: number): TextColumn {
  const values = sink.numbers!;
  const index = new Map<number, number>();
  const keys: number[] = [];
  const codes = new Int32Array(rowCount);
  for (let r = 0; r < rowCount; r++) {
    const ms = values[r];
    if (Number.isNaN(ms)) {
      codes[r] = -1;
      continue;
    }
    let code = index.get(ms);
    if (code === undefined) index.set(ms, (code = keys.push(ms) - 1));
    codes[r] = code;
  }
  const dictionary = keys.map(dateLabel);
  return { name: sink.name, type: 'date', codes, dictionary, keys: Float64Array.from(keys) };
}

/** Whether the numbers are better typed from their text, as the CSV importer would. */
function readAsText(sink: ParquetSink, rowCount: number): boolean {
  if (isCodeName(sink.name)) return true;
  if (!isTimeName(sink.name)) return false;
  const values = sink.numbers!;
  for (let r = 0; r < rowCount; r++) {
    const v = values[r];
    if (!Number.isNaN(v) && !(Number.isInteger(v) && v >= 1000 && v <= 9999)) return false;
  }
  return true;
}

const SMALL = 10_000;

/** The text sink of a number sink: each number as the CSV twin would write it. */
function asText(sink: ParquetSink, rowCount: number): ParquetSink {
  const index = new Map<number, number>();
  const dictionary = [''];
  const codes = new Int32Array(rowCount);
  const values = sink.numbers!;
  // Years and short codes are small whole numbers: a table finds them quicker than a Map.
  const small = new Int32Array(SMALL).fill(-1);
  for (let r = 0; r < rowCount; r++) {
    const v = values[r];
    if (Number.isNaN(v)) continue;
    const slot = v >= 0 && v < SMALL && Number.isInteger(v) ? v : -1;
    let code = slot >= 0 ? small[slot] : (index.get(v) ?? -1);
    if (code < 0) {
      code = dictionary.push(String(v)) - 1;
      if (slot >= 0) small[slot] = code;
      else index.set(v, code);
    }
    codes[r] = code;
  }
  return { ...sink, kind: 'text', numbers: null, codes, dictionary };
}

/**
 * The table column of a filled sink. Numbers and dates go straight in; text is typed by the
 * same rules as a CSV's cells (numbers written as text, periods, codes, categories), and so
 * are years and codes stored as numbers, so a Parquet file and its CSV twin give one table.
 */
export function sinkColumn(
  sink: ParquetSink,
  position: number,
  rowCount: number,
  rowLines: Int32Array,
  issues: ImportIssue[],
): Column {
  if (sink.unsafe > 0) {
    const message = `${plural(sink.unsafe, 'integer')} larger than 2^53 read rounded to the nearest number a chart can hold.`;
    issues.push({ line: null, column: sink.name, message, severity: 'warning' });
  }
  if (sink.kind === 'date') {
    const column = dateColumn(sink, rowCount);
    column.role = inferRole(column, false);
    return column;
  }
  const text =
    sink.kind === 'text' ? sink : readAsText(sink, rowCount) ? asText(sink, rowCount) : null;
  if (!text) {
    const column: Column = { name: sink.name, type: 'number', values: sink.numbers! };
    column.role = inferRole(column, false);
    return column;
  }
  const values = cleanValues(sink.name, position, text.dictionary, text.codes!, rowCount);
  return typeColumn(values, sink.name, rowCount, '.', rowLines, issues, true);
}
