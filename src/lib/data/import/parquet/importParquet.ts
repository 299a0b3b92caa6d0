import {
  parquetMetadataAsync,
  parquetRead,
  parquetSchema,
  type AsyncBuffer,
  type FileMetaData,
} from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import type { Column, ImportIssue } from '../../table';
import type { ImportOptions, ImportResult } from '../importResult';
import { unexpectedError } from '../unexpectedError';
import { binaryTable } from '../table/binaryTable';
import { createParquetSink, type ParquetSink } from './createParquetSink';
import { parquetColumnKinds } from './parquetColumnKinds';
import { sinkColumn } from './sinkColumn';

/** What a caller may follow and stop while row groups are read. */
export interface ParquetHooks {
  onProgress?(rowsRead: number, totalRows: number): void;
  cancelled?(): boolean;
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

/** Reads every row group into the sinks, one group at a time; false when cancelled. */
async function readGroups(
  file: AsyncBuffer,
  metadata: FileMetaData,
  sinks: Map<string, ParquetSink>,
  rows: number,
  hooks: ParquetHooks,
): Promise<boolean> {
  let groupStart = 0;
  for (const group of metadata.row_groups) {
    if (hooks.cancelled?.()) return false;
    const groupRows = Number(group.num_rows);
    await parquetRead({
      file,
      metadata,
      compressors,
      columns: [...sinks.keys()],
      rowStart: groupStart,
      rowEnd: groupStart + groupRows,
      onChunk({ columnName, columnData, rowStart }) {
        const room = rows - rowStart;
        if (room <= 0) return;
        const values = columnData.length > room ? columnData.slice(0, room) : columnData;
        sinks.get(columnName)?.set(rowStart, values);
      },
    });
    groupStart += groupRows;
    hooks.onProgress?.(Math.min(groupStart, rows), rows);
  }
  return !hooks.cancelled?.();
}

/**
 * Imports a Parquet file: typed columns go straight into the table (numbers, int64, decimals,
 * dates and timestamps as such; strings, dictionary-encoded or not, as codes), row group by
 * row group with progress. Nested and unsupported columns are left out with an issue each.
 * Reads only the byte ranges it needs from `file` (an ArrayBuffer or a sliceable file).
 * Never throws.
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
    const sinks = new Map<string, ParquetSink>();
    for (const plan of plans) {
      if (plan.kind) sinks.set(plan.name, createParquetSink(plan.name, plan.kind, rows));
      else {
        const message = `The column “${plan.name}” holds ${plan.why}; it was left out, and the other columns were read.`;
        issues.push({ line: 1, column: plan.name, message, severity: 'warning' });
      }
    }
    if (sinks.size === 0) {
      const error =
        'No column of this Parquet file can be charted: every column holds nested or unsupported values. Export flat columns of numbers, dates or text.';
      return { ok: false, error };
    }
    try {
      if (!(await readGroups(file, metadata, sinks, rows, hooks)))
        return { ok: false, error: 'The import was cancelled.' };
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      const error = `Part of the Parquet file's data could not be read (${detail}): the file is damaged or uses an encoding Tradelens does not read. Export it again (snappy or zstd compression read best).`;
      return { ok: false, error };
    }
    const rowLines = Int32Array.from({ length: rows }, (_, r) => r + 2);
    const columns: Column[] = [];
    let position = 0;
    for (const plan of plans) {
      position++;
      const sink = sinks.get(plan.name);
      if (sink) columns.push(sinkColumn(sink, position, rows, rowLines, issues));
    }
    return binaryTable(columns, rows, issues, options, { format: 'parquet' });
  } catch (e) {
    return { ok: false, error: unexpectedError(e) };
  }
}
