import type { ColumnValues } from '../values/cleanValues';

/**
 * Splits Eurostat's first column (`MIO_EUR,AT`) into one column per dimension (`unit`, `geo`).
 * A value with too few parts leaves the rest missing; `mismatched` counts such rows.
 */
export function splitDimensions(
  column: ColumnValues,
  dims: readonly string[],
): { columns: ColumnValues[]; mismatched: number } {
  const rows = column.codes.length;
  const parts = dims.map(() => ({ dictionary: [''], index: new Map([['', 0]]) }));
  // For each distinct source value, its code in each dimension.
  const codeOf = dims.map(() => new Int32Array(column.dictionary.length));
  const bad = new Uint8Array(column.dictionary.length);
  column.dictionary.forEach((value, i) => {
    if (i === 0) return;
    const pieces = value.split(',').map((p) => p.trim());
    bad[i] = pieces.length === dims.length ? 0 : 1;
    dims.forEach((_, d) => {
      const piece = d === dims.length - 1 ? pieces.slice(d).join(',') : (pieces[d] ?? '');
      const part = parts[d];
      let code = part.index.get(piece);
      if (code === undefined) {
        code = part.dictionary.push(piece) - 1;
        part.index.set(piece, code);
      }
      codeOf[d][i] = code;
    });
  });
  let mismatched = 0;
  for (let r = 0; r < rows; r++) mismatched += bad[column.codes[r]];
  const columns = dims.map((name, d) => {
    const codes = new Int32Array(rows);
    const counts = new Int32Array(parts[d].dictionary.length);
    for (let r = 0; r < rows; r++) counts[(codes[r] = codeOf[d][column.codes[r]])]++;
    return { name, position: column.position, dictionary: parts[d].dictionary, codes, counts };
  });
  return { columns, mismatched };
}
