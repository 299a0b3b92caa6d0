import type { AsyncBuffer } from 'hyparquet';
import { parquetCompressors } from './parquetCompressors';
import type { TextCoder } from './createTextCoder';
import { readRowGroup, type GroupColumn, type GroupJob } from './readRowGroup';

/** Reads row groups, perhaps several at once (`width`), each into its typed columns. */
export interface GroupReader {
  /** How many groups to ask for at once. */
  width: number;
  /**
   * Reads `job`; `next`, the group asked for after it, may be fetched meanwhile, and `into`,
   * the table's whole columns, may take the group's rows in place.
   */
  read(
    job: GroupJob,
    next?: GroupJob,
    into?: Map<string, Float64Array | Int32Array>,
  ): Promise<GroupColumn[]>;
}

/** Reads a row group's bytes (one range, or `bytes` already asked for) and decodes them here. */
export async function readGroupOf(
  file: AsyncBuffer,
  job: GroupJob,
  bytes = file.slice(job.start, job.end),
  coders?: Map<string, TextCoder>,
  into?: Map<string, Float64Array | Int32Array>,
): Promise<GroupColumn[]> {
  const [buffer, compressors] = await Promise.all([bytes, parquetCompressors(job)]);
  return readRowGroup(new Uint8Array(buffer), job, compressors, coders, into);
}

/**
 * A reader of one row group at a time, on this thread, coding each column's text with one
 * coder for all groups, and writing the rows straight into the table's columns. While a
 * group is decoded, the next group's bytes are read, so the thread never waits for the disk.
 */
export function serialGroupReader(file: AsyncBuffer): GroupReader {
  const fetched = new Map<number, ReturnType<AsyncBuffer['slice']>>();
  const coders = new Map<string, TextCoder>();
  return {
    width: 1,
    read(job, next, into) {
      const bytes = fetched.get(job.index);
      fetched.delete(job.index);
      if (next && !fetched.has(next.index)) {
        const ahead = file.slice(next.start, next.end);
        // A read that fails is met when its group's turn comes.
        Promise.resolve(ahead).catch(() => {});
        fetched.set(next.index, ahead);
      }
      return readGroupOf(file, job, bytes, coders, into);
    },
  };
}
