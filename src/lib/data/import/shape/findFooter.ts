import type { RawTable } from '../table/rawTable';

/** Lines that publishers append below a table. */
const NOTE =
  /^(data from database|last updated|source|sources|notes?|footnotes?|\*|©|copyright)\b/i;

export function filledCells(raw: RawTable, row: number): string[] {
  const cells: string[] = [];
  for (const column of raw.columns) {
    const s = column.value(row).trim();
    if (s !== '') cells.push(s);
  }
  return cells;
}

/** The notes below a table: the first row of them and their text; null when there are none. */
export interface Footer {
  start: number;
  text: string;
}

/**
 * Notes below the data (World Bank DataBank's `Data from database: …` and `Last Updated: …`,
 * IMF WEO's source line): a run of rows at the end with at most one filled cell that starts
 * after an empty row, or with a note-like text. Rows like that without either stay data.
 */
export function findFooter(raw: RawTable): Footer | null {
  let runStart = raw.rowCount;
  while (runStart > 0 && filledCells(raw, runStart - 1).length <= 1) runStart--;
  if (runStart === raw.rowCount) return null;
  const blankBefore = new Set<number>();
  for (let i = raw.blankAt.length - 1; i >= 0 && raw.blankAt.at(i) >= runStart; i--) {
    blankBefore.add(raw.blankAt.at(i));
  }
  for (let row = runStart; row < raw.rowCount; row++) {
    const text = filledCells(raw, row)[0] ?? '';
    if (blankBefore.has(row) || NOTE.test(text)) {
      return { start: row, text: filledCells(raw, row)[0] ?? '' };
    }
  }
  return null;
}
