import type { CsvPartPlan, ImportOptions, RawPart } from '../data/import';

/** A part being read: its rows (null when they do not end cleanly, or it was stopped). */
export interface PartRead {
  result: Promise<RawPart | null>;
  cancel(): void;
}

/**
 * Reads one part of a CSV file (a slice that starts a line, past the header) apart from the
 * rest, in a thread of its own, telling its progress in bytes and rows read.
 */
export type PartReader = (
  part: Blob,
  plan: CsvPartPlan,
  options: ImportOptions,
  onProgress: (bytes: number, rows: number) => void,
) => PartRead;

/** How a large CSV file is read in parts: the reader of a part, and how many parts. */
export interface PartReading {
  read: PartReader;
  /**
   * Gets `count` readers ready (part workers started): as a large file's import begins, while
   * the file's start is read, or ahead of a file (`warm`: they warm up while it is picked).
   * Never for a page that only reads.
   */
  prepare?: (count: number, warm?: boolean) => void;
  /** Default: partCount of the request's cores. */
  count?: number;
  /** Smaller files are read whole (default PARTS_FROM_BYTES). */
  fromBytes?: number;
  /** Larger files are read whole too (default: none are). */
  toBytes?: number;
  /** The start's share against each other part's (default START_SHARE). */
  startShare?: number;
}

/** Worker → import worker: how far a part has got, or its rows. */
export type PartMessage =
  { type: 'progress'; bytes: number; rows: number } | { type: 'done'; part: RawPart | null };

/** Import worker → part worker: the part to read. */
export interface PartRequest {
  type: 'part';
  part: Blob;
  plan: CsvPartPlan;
  options: ImportOptions;
}

/** Import worker → part worker: a part to read, or warm up (see warmUpPart) before one comes. */
export type PartWorkerRequest = PartRequest | { type: 'warm' };
