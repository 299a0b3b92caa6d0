import type { AsyncBuffer } from 'hyparquet';
import { parquetCompressors } from './parquetCompressors';
import { readRowGroup, type GroupColumn, type GroupJob } from './readRowGroup';

/** Reads row groups, perhaps several at once (`width`), each into its typed columns. */
export interface GroupReader {
  /** How many groups to ask for at once. */
  width: number;
  read(job: GroupJob): Promise<GroupColumn[]>;
  /** Lets go of whatever the reader holds (workers). */
  close(): void;
}

/** Reads a row group's bytes (one range) and decodes them on this thread. */
export async function readGroupOf(file: AsyncBuffer, job: GroupJob): Promise<GroupColumn[]> {
  const [buffer, compressors] = await Promise.all([
    file.slice(job.start, job.end),
    parquetCompressors(job),
  ]);
  return readRowGroup(new Uint8Array(buffer), job, compressors);
}

/** A reader of one row group at a time, on this thread. */
export function serialGroupReader(file: AsyncBuffer): GroupReader {
  return { width: 1, read: (job) => readGroupOf(file, job), close() {} };
}
