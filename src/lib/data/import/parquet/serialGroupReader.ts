import type { AsyncBuffer, Compressors } from 'hyparquet';
import { readRowGroup, type GroupColumn, type GroupJob } from './readRowGroup';

/** Reads row groups, perhaps several at once (`width`), each into its typed columns. */
export interface GroupReader {
  /** How many groups to ask for at once. */
  width: number;
  read(job: GroupJob): Promise<GroupColumn[]>;
  /** Lets go of whatever the reader holds (workers). */
  close(): void;
}

/** A reader of one row group at a time, on this thread: one byte range read per group. */
export function serialGroupReader(file: AsyncBuffer, compressors: Compressors): GroupReader {
  return {
    width: 1,
    async read(job) {
      const bytes = new Uint8Array(await file.slice(job.start, job.end));
      return readRowGroup(bytes, job, compressors);
    },
    close() {},
  };
}
