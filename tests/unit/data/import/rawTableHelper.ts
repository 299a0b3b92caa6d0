import { IntList, RawColumn, type RawTable } from '../../../../src/lib/data/import/table/rawTable';

/** A RawTable as the builder would keep it: `rows` stored, blank records before given rows. */
export function rawTable(
  header: string[],
  rows: string[][],
  blanksBefore: number[] = [],
): RawTable {
  const columns = header.map(() => new RawColumn(Math.max(1, rows.length)));
  rows.forEach((row, r) =>
    columns.forEach((column, j) => (column.codes[r] = column.code(row[j] ?? ''))),
  );
  const list = (values: number[]) => {
    const out = new IntList();
    values.forEach((v) => out.push(v));
    return out;
  };
  return {
    header: [header],
    headerLine: 1,
    columns,
    rowCount: rows.length,
    rowLines: Int32Array.from(rows, (_, r) => r + 2),
    blankAt: list(blanksBefore),
    blankLines: list(blanksBefore.map((r) => r + 2)),
    raggedRows: new IntList(),
    raggedFields: new IntList(),
    emptySurplus: 0,
    lastLine: rows.length + 1 + blanksBefore.length,
    preamble: [],
  };
}
