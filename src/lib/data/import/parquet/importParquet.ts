import {
  parquetMetadataAsync,
  parquetSchema,
  type AsyncBuffer,
  type FileMetaData,
} from 'hyparquet';
import type { Column, ImportIssue } from '../../table';
import type { ImportOptions, ImportResult } from '../importResult';
import { unexpectedError } from '../unexpectedError';
import { binaryTable } from '../table/binaryTable';
import { createParquetSink, type ParquetSink } from './createParquetSink';
import { groupJobs, type ReadColumn } from './groupJobs';
import { parquetColumnKinds, type ParquetColumnPlan } from './parquetColumnKinds';
import { readGroups } from './readGroups';
import { serialGroupReader } from './serialGroupReader';
import { sinkColumn } from './sinkColumn';

/** What a caller may follow and stop while row groups are read. */
export interface ParquetHooks {
  onProgress?(rowsRead: number, totalRows: number): void;
  cancelled?(): boolean;
  /** Called once, after the first row group of several, with the table of the rows read. */
  onPreview?(result: ImportResult, rowsRead: number, totalRows: number): void;
  /** Awaited after each row group, before the next is read (see GroupHooks). */
  between?(): Promise<void> | void;
}

/** The most rows a table holds (row positions are 32-bit). */
const MAX_ROWS = 2 ** 31 - 1;

const FOOTER =
  'The Parquet file has no readable footer (the table of contents Parquet keeps at its end): ' +
  'it is truncated or damaged. Download or export it again and upload the whole file.';

async function readMetadata(file: AsyncBuffer): Promise<FileMetaData | string> {
  try {
    return await parquetMetadataAsync(file);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return `${FOOTER} (${detail})`;
  }
}

/** The columns to read, each with its schema element; an issue for each left out. */
function readColumns(plans: ParquetColumnPlan[], metadata: FileMetaData, issues: ImportIssue[]) {
  const elements = new Map(
    parquetSchema(metadata).children.map((c) => [c.element.name, c.element]),
  );
  const columns: ReadColumn[] = [];
  for (const plan of plans) {
    if (plan.kind)
      columns.push({ name: plan.name, kind: plan.kind, element: elements.get(plan.name)! });
    else {
      const message = `The column “${plan.name}” holds ${plan.why}; it was left out, and the other columns were read.`;
      issues.push({ line: 1, column: plan.name, message, severity: 'warning' });
    }
  }
  return columns;
}

/** The table of the sinks' first `rows` rows. */
function finishTable(
  plans: ParquetColumnPlan[],
  sinks: Map<string, ParquetSink>,
  rows: number,
  issues: ImportIssue[],
  options: ImportOptions,
): ImportResult {
  const rowLines = new Int32Array(rows);
  for (let r = 0; r < rows; r++) rowLines[r] = r + 2;
  const columns: Column[] = [];
  let position = 0;
  for (const plan of plans) {
    position++;
    const sink = sinks.get(plan.name);
    if (sink) columns.push(sinkColumn(sink, position, rows, rowLines, issues));
  }
  return binaryTable(columns, rows, issues, options, { format: 'parquet' });
}

/** Copies of the sinks' first `rows` rows, for a preview (its buffers are handed away). */
function firstRows(sinks: Map<string, ParquetSink>, rows: number): Map<string, ParquetSink> {
  const copy = (s: ParquetSink): ParquetSink => ({
    ...s,
    numbers: s.numbers?.slice(0, rows) ?? null,
    codes: s.codes?.slice(0, rows) ?? null,
    dictionary: s.dictionary.slice(),
  });
  return new Map([...sinks].map(([name, sink]) => [name, copy(sink)]));
}

/**
 * Imports a Parquet file: typed columns go straight into the table (numbers, int64, decimals,
 * dates and timestamps as such; strings, dictionary-encoded or not, as codes), row group by
 * row group with progress, and a preview after the first of several. Nested and unsupported
 * columns are left out with an issue each. Reads only the byte ranges it needs from `file` (an
 * ArrayBuffer or a sliceable file). Never throws.
 */
export async function importParquet(
  file: AsyncBuffer,
  options: ImportOptions,
  hooks: ParquetHooks = {},
): Promise<ImportResult> {
  try {
    const metadata = await readMetadata(file);
    if (typeof metadata === 'string') return { ok: false, error: metadata };
    const rows = Number(metadata.num_rows);
    if (!(rows <= MAX_ROWS)) {
      const error = `The Parquet file has ${rows.toLocaleString('en')} rows, more than Tradelens reads: filter it and export the part you need.`;
      return { ok: false, error };
    }
    const issues: ImportIssue[] = [];
    const plans = parquetColumnKinds(parquetSchema(metadata));
    const columns = readColumns(plans, metadata, issues);
    if (columns.length === 0) {
      const error =
        'No column of this Parquet file can be charted: every column holds nested or unsupported values. Export flat columns of numbers, dates or text.';
      return { ok: false, error };
    }
    const sinks = new Map(columns.map((c) => [c.name, createParquetSink(c.name, c.kind, rows)]));
    const jobs = groupJobs(metadata, columns, rows);
    const preview = hooks.onPreview
      ? (read: number) =>
          hooks.onPreview!(
            finishTable(plans, firstRows(sinks, read), read, [...issues], options),
            read,
            rows,
          )
      : undefined;
    try {
      if (!(await readGroups(jobs, serialGroupReader(file), sinks, rows, { ...hooks, preview })))
        return { ok: false, error: 'The import was cancelled.' };
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      const error = `Part of the Parquet file's data could not be read (${detail}): the file is damaged or uses an encoding Tradelens does not read. Export it again (snappy or zstd compression read best).`;
      return { ok: false, error };
    }
    return finishTable(plans, sinks, rows, issues, options);
  } catch (e) {
    return { ok: false, error: unexpectedError(e) };
  }
}
