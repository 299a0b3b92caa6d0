import type { CsvImporter, ImportResult } from '../data/import';
import { nextTask } from '../schedule/nextTask';
import type { Parts } from './startParts';

/** Puts the parts' rows after the start's: the whole table, or null to read it in one go. */
export async function joinParts(importer: CsvImporter, parts: Parts): Promise<ImportResult | null> {
  const rows = await parts.results;
  return rows.every((r) => r !== null) && importer.join(rows) ? importer.finish() : null;
}

/** Rows of storage touched at a time while the parts are read (a few megabytes: a short task). */
const TOUCH_ROWS = 1 << 16;

/**
 * Waits for the parts; meanwhile, this thread being done with its own share, touches the
 * storage the parts' rows will be joined into (see TableBuilder.touchAhead), a slice per task.
 */
export async function touchWhileWaiting(importer: CsvImporter, results: Promise<unknown>) {
  let done = false;
  void results.then(() => (done = true));
  while (!done && importer.touchAhead(TOUCH_ROWS)) await nextTask();
  await results;
}
