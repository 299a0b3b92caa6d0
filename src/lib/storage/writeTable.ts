import type { Table } from '../data/table';
import { tablePieces, type PieceArray, type TableHead, type TablePiece } from './tablePieces';

/** How a write shares the thread: what it waits for before each piece, and when it gives up. */
export interface WriteSteps {
  /** Resolves when the next piece may be copied and written (the page's next idle moment). */
  pause?: () => Promise<void>;
  /** True once the table is no longer wanted: what was written is deleted then. */
  stopped?: () => boolean;
}

/** Where a table's parts go (IndexedDB's stores, or Maps in tests). */
export interface TableSink {
  piece(
    key: [id: string, column: number, array: PieceArray, index: number],
    data: TablePiece['data'],
  ): Promise<unknown>;
  head(record: { id: string; savedAt: string; head: TableHead }): Promise<unknown>;
  remove(id: string): Promise<unknown>;
}

/**
 * Writes a table's row arrays piece by piece, each copied only when its turn comes and let go
 * once written, so a large table is never serialized whole and no step is long. The head goes
 * last: a table is listed only once all of it is kept. Resolves to false when stopped, after
 * deleting what it wrote; rejects with the sink's error. The table's buffers must stay in
 * place until it settles.
 */
export async function writeTable(
  record: { id: string; savedAt: string; table: Table },
  sink: TableSink,
  { pause = async () => {}, stopped = () => false }: WriteSteps = {},
): Promise<boolean> {
  // Nothing is done before the first pause: a new table's chart is drawn in the task that
  // starts its write.
  await pause();
  const { head, pieces } = tablePieces(record.table);
  while (!stopped()) {
    const next = pieces.next();
    if (next.done) {
      await sink.head({ id: record.id, savedAt: record.savedAt, head });
      return true;
    }
    const { column, array, index, data } = next.value;
    await sink.piece([record.id, column, array, index], data);
    await pause();
  }
  await sink.remove(record.id);
  return false;
}
