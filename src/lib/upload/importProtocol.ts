import type { ChartConfig } from '../charts/config/chartConfig';
import type { ChartDataPayload } from '../charts/prepare/chartDataTransfer';
import type { ImportMeta } from '../data/import';
import type { Table } from '../data/table';

/** Page → worker: import this file (or pasted text, as a Blob). */
export interface ImportRequest {
  type: 'import';
  file: Blob;
  name: string;
  /** ISO date of the import, for the default citation. */
  accessed: string;
  /** The workbook sheet to read (default: the first). */
  sheet?: string;
  /** The page's cores (navigator.hardwareConcurrency): how many parts a large CSV is read in. */
  cores?: number;
  /**
   * How long (ms) a large file's whole table may keep the reader waiting before a preview of
   * the rows read so far is shown (default PREVIEW_WAIT_MS, offerPreview.ts).
   */
  previewAfterMs?: number;
}

/**
 * Page → worker: a file is likely to come soon (the reader reaches for the file picker, or
 * drags a file over the page). `cores` as in ImportRequest.
 */
export interface ImportExpected {
  type: 'expect';
  cores?: number;
}

/**
 * Page → worker: the preview last posted is drawn, and the page is idle again. The reader steps
 * aside while the page draws a preview (see runImport), and goes on at this word.
 */
export interface ImportPreviewDrawn {
  type: 'drawn';
}

/** Worker → page, while reading. */
export interface ImportProgress {
  type: 'progress';
  bytesRead: number;
  totalBytes: number;
  rows: number | null;
}

/** Worker → page, early in a large file: its first rows, charted while the rest is read. */
export interface ImportPreview {
  type: 'preview';
  table: Table;
  config: ChartConfig;
  /** The chart's data, prepared in the worker. */
  prepared: ChartDataPayload;
  /** Bytes the preview was read from. */
  bytes: number;
}

/**
 * Worker → page, at the end: the table (buffers transferred) with its starting chart, chosen
 * off the page's thread, or why the file cannot be used.
 */
export type ImportDone =
  | {
      type: 'done';
      ok: true;
      table: Table;
      meta: ImportMeta;
      reshaped: boolean;
      config: ChartConfig;
      /** The chart's data, prepared in the worker, so the page's first draw is quick. */
      prepared: ChartDataPayload;
    }
  | { type: 'done'; ok: false; error: string };

export type WorkerMessage = ImportProgress | ImportPreview | ImportDone;

/** Worker → page, unasked: the worker has warmed up while idle, and imports at full speed. */
export interface WorkerReady {
  type: 'ready';
}
