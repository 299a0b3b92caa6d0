// The piece format of a kept table in its whole form: every piece at once. The page writes and
// reads a table a piece at a time (writeTable, tableStore); tests use this form to check that
// the format keeps a table whole, and to keep tables in memory.
import type { Table } from '../../../src/lib/data/table';
import {
  emptyColumns,
  putPiece,
  ROWS_PER_PIECE,
  tablePieces,
  type TableHead,
  type TablePiece,
} from '../../../src/lib/storage/tablePieces';

/** The table as kept, all its pieces copied now (see tablePieces). */
export function splitTable(table: Table, rowsPerPiece = ROWS_PER_PIECE): [TableHead, TablePiece[]] {
  const { head, pieces } = tablePieces(table, rowsPerPiece);
  return [head, [...pieces]];
}

/** The table again from its head and pieces (in any order); null when a piece is missing. */
export function joinTable(head: TableHead, pieces: readonly TablePiece[]): Table | null {
  if (pieces.length !== head.pieces) return null;
  const columns = emptyColumns(head);
  for (const piece of pieces) if (!putPiece(columns, head, piece)) return null;
  return { ...head.table, columns };
}
