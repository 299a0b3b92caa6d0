import type { ParquetSink } from './createParquetSink';
import type { GroupColumn, GroupJob } from './readRowGroup';
import type { GroupReader } from './serialGroupReader';

/** What reading the groups reports, and how it is stopped. */
export interface GroupHooks {
  onProgress?(rowsRead: number, totalRows: number): void;
  cancelled?(): boolean;
  /** Called once, after the first group when more follow, with the rows read so far. */
  preview?(rowsRead: number): void;
  /**
   * Awaited after each group, before the next is asked for: the reader steps aside while the
   * page draws a preview.
   */
  between?(): Promise<void> | void;
}

/**
 * Reads every row group into the sinks: `reader.width` groups are asked for at once, and
 * taken in file order, so the table's category codes come in the order a serial read gives.
 * With a `between` hook, the next groups are asked for only once it is done. False when
 * cancelled.
 */
export async function readGroups(
  jobs: GroupJob[],
  reader: GroupReader,
  sinks: Map<string, ParquetSink>,
  rows: number,
  hooks: GroupHooks,
): Promise<boolean> {
  const pending = new Map<number, Promise<GroupColumn[]>>();
  const into = new Map<string, Float64Array | Int32Array>();
  for (const [name, sink] of sinks) into.set(name, (sink.numbers ?? sink.codes)!);
  let next = 0;
  const ask = () => {
    for (; next < jobs.length && pending.size < reader.width; next++) {
      const read = reader.read(jobs[next], jobs[next + 1], into);
      // A later group's failure is met when its turn comes, or not at all after a stop.
      read.catch(() => {});
      pending.set(next, read);
    }
  };
  for (let i = 0; i < jobs.length; i++) {
    if (hooks.cancelled?.()) return false;
    ask();
    const columns = await pending.get(i)!;
    pending.delete(i);
    if (!hooks.between) ask();
    const job = jobs[i];
    for (const column of columns) sinks.get(column.name)?.put(job.rowStart, column);
    const read = Math.min(job.rowStart + job.rows, rows);
    hooks.onProgress?.(read, rows);
    if (i === 0 && jobs.length > 1 && !hooks.cancelled?.()) hooks.preview?.(read);
    await hooks.between?.();
  }
  return !hooks.cancelled?.();
}
