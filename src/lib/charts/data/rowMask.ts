import type { Column, Table } from '../../data/table';

/** Rows kept by the filters: 1 = kept. Works on codes, never on row objects. */
export interface RowMask {
  mask: Uint8Array;
  kept: number;
}

/** The codes (or numbers) of a column that a filter's values name. */
function allowedCodes(column: Column, values: readonly string[]): (row: number) => boolean {
  if (column.type === 'number') {
    const wanted = new Set(values.map(Number));
    return (row) => wanted.has(column.values[row]);
  }
  const ok = new Uint8Array(column.dictionary.length);
  const wanted = new Set(values);
  column.dictionary.forEach((label, code) => (ok[code] = wanted.has(label) ? 1 : 0));
  const codes = column.codes;
  return (row) => codes[row] >= 0 && ok[codes[row]] === 1;
}

/**
 * Keeps the rows whose value in every filtered column is one of the listed values. A filter
 * on a column the table lacks, or with no values, keeps everything.
 */
export function rowMask(table: Table, filters: Record<string, string[]>): RowMask {
  const mask = new Uint8Array(table.rowCount).fill(1);
  for (const [name, values] of Object.entries(filters)) {
    const column = table.columns.find((c) => c.name === name);
    if (!column || !values?.length) continue;
    const keep = allowedCodes(column, values);
    for (let r = 0; r < table.rowCount; r++) if (mask[r] && !keep(r)) mask[r] = 0;
  }
  let kept = 0;
  for (let r = 0; r < mask.length; r++) kept += mask[r];
  return { mask, kept };
}

/** The distinct labels of a text column among kept rows, in dictionary order. */
export function keptLabels(column: Column, mask: Uint8Array): string[] {
  if (column.type === 'number') return [];
  const seen = new Uint8Array(column.dictionary.length);
  for (let r = 0; r < column.codes.length; r++) {
    const code = column.codes[r];
    if (mask[r] && code >= 0) seen[code] = 1;
  }
  return column.dictionary.filter((_, code) => seen[code]);
}
