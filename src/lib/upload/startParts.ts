import type { CsvPartPlan, ImportOptions, RawPart } from '../data/import';
import { findCuts } from './findCuts';
import type { PartReading } from './partReader';

/** Files at least this large are read in parts, on several cores, where there are several. */
export const PARTS_FROM_BYTES = 16 * 1024 * 1024;

/** Parts read apart from the file's start, while the start is read here. */
export interface Parts {
  /** Where the start's own reading stops: the first part's first byte. */
  end: number;
  /** Bytes and rows the parts have read so far. */
  bytes: number;
  rows: number;
  /** Every part's rows, in file order; a null where a part did not end cleanly. */
  results: Promise<(RawPart | null)[]>;
  cancel(): void;
}

/**
 * How many parts a file is read in: a core each, one left for the page and the engine's own
 * threads (its collector and compiler), at most four; two on two or three cores, the page's
 * thread being mostly idle while a file is read. One core reads the file whole.
 */
export function partCount(cores = globalThis.navigator?.hardwareConcurrency ?? 1): number {
  if (cores >= 4) return Math.min(4, cores - 1);
  return cores >= 2 ? 2 : 1;
}

/**
 * How many parts a file is read in by a reader whose code has not warmed up (see
 * warmUpImport): one core fewer than the machine has, at most partCount. Fresh code runs
 * slowly until the engine has compiled it, on threads of its own; with every core reading,
 * those threads waited for one. On two cores, a fresh worker read a 94 MB file alone in
 * 2.1 s, and in two parts in 2.7–2.9 s.
 */
export const coldPartCount = (cores = globalThis.navigator?.hardwareConcurrency ?? 1): number =>
  Math.max(1, Math.min(partCount(cores), cores - 1));

/**
 * The start's share of the file, against each other part's: its reader also sniffs the file,
 * drafts the preview and tells the page the progress of every part, so the parts end together.
 */
export const START_SHARE = 0.92;

/**
 * The start's share when the part workers start with the file (none was started ahead): the
 * start is being read while they load, so it is given more to read.
 */
export const COLD_START_SHARE = 1.08;

/**
 * The largest file read in two parts on two or three cores. Past it, reading whole was as
 * quick, and the parts' rows, joined, held twice the memory (10M rows, 936 MB: 1.6 GB at the
 * peak against 0.8): a core each is no longer spare for that.
 */
export const FEW_CORES_PARTS_TO_BYTES = 256 * 1024 * 1024;

/** The largest file read in parts on `cores` cores (see FEW_CORES_PARTS_TO_BYTES). */
export const partsToBytes = (cores = globalThis.navigator?.hardwareConcurrency ?? 1): number =>
  cores < 4 ? FEW_CORES_PARTS_TO_BYTES : Infinity;

/** Whether a file of `size` bytes is read in parts of `count` (see PartReading). */
export function readsInParts(
  size: number,
  count: number,
  fromBytes = PARTS_FROM_BYTES,
  toBytes = Infinity,
): boolean {
  return count > 1 && size >= fromBytes && size <= toBytes;
}

/**
 * Starts reading `file` past byte `from` in `count` parts less one (each with `read`), leaving
 * the start to the caller, who has read the header (`plan`). Null when the file is not worth cutting, or cannot
 * be cut at a line near where it should.
 */
export async function startParts(
  file: Blob,
  from: number,
  plan: CsvPartPlan,
  options: ImportOptions,
  {
    read,
    count = partCount(),
    fromBytes = PARTS_FROM_BYTES,
    toBytes,
    startShare = START_SHARE,
  }: PartReading,
  onProgress: () => void,
): Promise<Parts | null> {
  if (!readsInParts(file.size, count, fromBytes, toBytes)) return null;
  const cuts = await findCuts(file, from, count, startShare);
  if (cuts.length === 0) return null;
  const ends = [...cuts.slice(1), file.size];
  const done = cuts.map(() => ({ bytes: 0, rows: 0 }));
  const parts: Parts = {
    end: cuts[0],
    bytes: 0,
    rows: 0,
    results: Promise.resolve([]),
    cancel: () => reads.forEach((r) => r.cancel()),
  };
  const reads = cuts.map((cut, i) =>
    read(file.slice(cut, ends[i]), plan, { ...options, size: ends[i] - cut }, (bytes, rows) => {
      done[i] = { bytes, rows };
      parts.bytes = done.reduce((n, d) => n + d.bytes, 0);
      parts.rows = done.reduce((n, d) => n + d.rows, 0);
      onProgress();
    }),
  );
  parts.results = Promise.all(reads.map((r) => r.result));
  return parts;
}
