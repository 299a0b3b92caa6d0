import type { Column, ImportIssue, Table } from '../../table';

/** Most repeated rows named in the note; the rest are counted. */
const NAMED = 5;

/** A row's cells as one key: codes for text, values for numbers (a missing value is NaN alike). */
function rowKey(columns: Column[], r: number): string {
  let key = '';
  for (const c of columns)
    key += c.type === 'number' ? `${c.values[r]}|${c.flags?.codes[r] ?? ''};` : `${c.codes[r]};`;
  return key;
}

/** Only the rows `keep` of a column, in order. */
function pick(column: Column, keep: Int32Array): Column {
  if (column.type !== 'number') return { ...column, codes: keep.map((r) => column.codes[r]) };
  const values = Float64Array.from(keep, (r) => column.values[r]);
  const flags = column.flags && { ...column.flags, codes: keep.map((r) => column.flags!.codes[r]) };
  return { ...column, values, ...(flags ? { flags } : {}) };
}

/** How a repeated row is named: its first filled text cell (`Australia`). */
function rowName(columns: Column[], r: number): string {
  for (const c of columns)
    if (c.type !== 'number' && c.codes[r] >= 0 && c.dictionary[c.codes[r]])
      return c.dictionary[c.codes[r]];
  return `row ${r + 1}`;
}

/**
 * A wide table without the rows that repeat an earlier one in every cell (IMF DOTS lists a
 * leading partner first and again in its place), so a chart counts the row once instead of
 * doubling it; a note names what was repeated. Rows that differ in any cell are all kept.
 */
export function dropRepeats(table: Table): Table {
  const seen = new Set<string>();
  const keep: number[] = [];
  const repeated: string[] = [];
  for (let r = 0; r < table.rowCount; r++) {
    const key = rowKey(table.columns, r);
    if (seen.has(key)) {
      repeated.push(rowName(table.columns, r));
      continue;
    }
    seen.add(key);
    keep.push(r);
  }
  if (!repeated.length) return table;
  const rows = Int32Array.from(keep);
  const names = repeated.slice(0, NAMED).map((n) => `“${n}”`);
  const more = repeated.length > NAMED ? ` and ${repeated.length - NAMED} more` : '';
  const issue: ImportIssue = {
    line: null,
    column: null,
    message: `${names.join('; ')}${more}: listed again with the same figures in every column; counted once, not added twice.`,
    severity: 'warning',
  };
  return {
    ...table,
    rowCount: rows.length,
    columns: table.columns.map((c) => pick(c, rows)),
    issues: [...table.issues, issue],
  };
}
