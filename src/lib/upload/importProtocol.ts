import type { Table } from '../data/table';
import type { ImportMeta } from '../data/import';

/** Page → worker: import this file (or pasted text, as a Blob). */
export interface ImportRequest {
  type: 'import';
  file: Blob;
  name: string;
  /** ISO date of the import, for the default citation. */
  accessed: string;
}

/** Worker → page, while reading. */
export interface ImportProgress {
  type: 'progress';
  bytesRead: number;
  totalBytes: number;
  rows: number | null;
}

/** Worker → page, at the end: the table (buffers transferred) or why the file cannot be used. */
export type ImportDone =
  | { type: 'done'; ok: true; table: Table; meta: ImportMeta; reshaped: boolean }
  | { type: 'done'; ok: false; error: string };

export type WorkerMessage = ImportProgress | ImportDone;
