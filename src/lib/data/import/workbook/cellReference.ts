/** A column's letters from its index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let out = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** A sheet's name as a formula writes it: quoted when it is not one plain word. */
export function sheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * Where a cell is, as a spreadsheet says it: `'Exports, FOB'!C9`, or `Data!9:9` for a whole
 * row when the column is not known.
 */
export function cellReference(sheet: string, row: number, column: number | null): string {
  const at = column === null || column < 0 ? `${row}:${row}` : `${columnLetters(column)}${row}`;
  return `${sheetName(sheet)}!${at}`;
}
