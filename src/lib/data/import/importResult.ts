import type { Table } from '../table';
import type { Delimiter } from './text/createRowReader';
import type { TextEncoding } from './text/detectEncoding';

/** What the importer saw of the file, besides the table. */
export interface ImportMeta {
  encoding: TextEncoding;
  delimiter: Delimiter;
  /** Physical line of the header, counted from 1. */
  headerLine: number;
  /** Data records read, before any reshape. */
  rows: number;
  /** Wide: periods (years) as columns; long: one row per observation. */
  shape: 'wide' | 'long';
  /** A workbook's sheets, in order, when it has several: what a sheet picker offers. */
  sheets?: string[];
}

/**
 * A table (with its import issues in `table.issues`), or why the file cannot be used: a
 * message for the user that says what is wrong and what to do. Never an exception.
 */
export type ImportResult =
  | {
      ok: true;
      table: Table;
      meta: ImportMeta;
      /** Physical line of each row, from 1, when `keepLines` asked for them. */
      lines?: Int32Array;
    }
  | { ok: false; error: string };

export interface ImportOptions {
  /** The file's name: the table's name and the title of its user-file citation. */
  name: string;
  /** The file's size in bytes, when known before reading (for the size limit). */
  size?: number;
  /** Refuse files larger than this (default MAX_IMPORT_BYTES). */
  maxBytes?: number;
  /** ISO date the file was read, for the citation; defaults to today (pass it in tests). */
  accessed?: string;
  /** Keep each row's line in the file (the CLI's `check` cites them); off in the page. */
  keepLines?: boolean;
  /** Bytes decoded at once (default DECODE_BYTES; a browser reads faster with BROWSER_DECODE_BYTES). */
  decodeBytes?: number;
}
