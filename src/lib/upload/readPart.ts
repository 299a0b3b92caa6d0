import { createCsvImporter, rawPartBuffers } from '../data/import';
import type { PartMessage, PartRequest } from './partReader';
import { readBlob } from './readBlob';

/**
 * A part worker's job, as a plain function: reads the part's bytes as a stream, with progress,
 * and posts its rows (buffers transferred), or null when they do not end cleanly.
 */
export async function readPart(
  { part, plan, options }: PartRequest,
  post: (message: PartMessage, transfer?: Transferable[]) => void,
): Promise<void> {
  const importer = createCsvImporter(options, plan);
  let bytes = 0;
  for await (const chunk of readBlob(part)) {
    importer.push(chunk);
    bytes += chunk.length;
    post({ type: 'progress', bytes, rows: importer.rowCount });
  }
  const rows = importer.endPart();
  post({ type: 'done', part: rows }, rows ? rawPartBuffers(rows) : []);
}
