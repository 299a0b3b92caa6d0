import type { CsvImporter } from '../data/import';
import type { HeldPreview } from './heldPreview';
import type { ReadPace } from './readPace';
import { long, readyTable } from './readyTable';

/**
 * How long a large file's whole table may keep the reader waiting before a preview of the rows
 * read so far shows: about the limit of a wait that does not break a reader's train of thought.
 */
export const PREVIEW_WAIT_MS = 1000;

/**
 * How much of the wait must still be to go for a preview to show. A preview replaced a
 * moment later helps no one: it is barely read before the whole table takes its place, and
 * drawing it and then swapping it out cost the page's thread and the reader's cores (a read in
 * parts went on while the page drew it, and both took longer).
 */
export const PREVIEW_LEAD = 2;

/**
 * Whether the rest of a read is long enough to show a preview for: `left` ms still to go (see
 * ReadPace) is at least PREVIEW_LEAD times the `wait`.
 */
export const worthPreview = (left: number, wait: number): boolean =>
  left > 0 && left >= PREVIEW_LEAD * wait;

/**
 * Once the reader has waited PREVIEW_WAIT_MS, posts a preview of the rows read so far (`pushed`
 * bytes, `share` of the read, noted in `pace`), if enough of the read is left for one to help;
 * whether to ask again after the next chunk.
 */
export function offerPreview(
  importer: CsvImporter,
  pushed: number,
  share: number,
  { preview, pace }: { preview: HeldPreview; pace: ReadPace },
  cancelled: () => boolean,
): boolean {
  pace.mark(share);
  if (!preview.due()) return true;
  if (!worthPreview(pace.left(), preview.wait) || cancelled()) return false;
  const r = importer.snapshot();
  if (!r?.ok) return true;
  preview.offer(() => {
    const { transfer, ...message } = readyTable(long(r));
    return { message: { type: 'preview', ...message, bytes: pushed }, transfer };
  });
  return false;
}
