import type { ChartConfig } from '../charts/config/chartConfig';
import type { ImportMeta } from '../data/import';
import type { Table } from '../data/table';
import type { deleteTable, listTables, savePatch, saveTable } from '../storage/tableStore';
import type { Importer } from '../upload/importer';

export type { Importer };

/** An imported table on the page. */
export interface UploadedDataset {
  id: string;
  table: Table;
  /** The chart to start from (chosen off the page's thread for a fresh import). */
  config?: ChartConfig;
  meta?: ImportMeta;
  /** Whether a wide file (years as columns) was made long. */
  reshaped: boolean;
  /** Set while only the first part of a large file is in: bytes previewed of the total. */
  partial?: { bytes: number; totalBytes: number };
  /**
   * Opened from a link (`#src=`): shown as coming from that host, and not kept in this browser
   * until the reader asks to keep it.
   */
  link?: { url: string; host: string; kept: boolean };
  /** A workbook read in this visit: its bytes, so another of its sheets can be read. */
  workbook?: Blob;
}

/** Where imported tables are kept: the page writes each new table, then its changes. */
export interface Storage {
  list: typeof listTables;
  remove: typeof deleteTable;
  patch: typeof savePatch;
  save: typeof saveTable;
}
