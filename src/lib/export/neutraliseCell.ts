/** A cell of a chart's data: a number, text, or null for a missing value. */
export type Cell = string | number | null;

/** What spreadsheets read as the start of a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as text that no spreadsheet will run: text that begins like a formula (`=`, `+`, `-`,
 * `@`, tab, CR) gets a leading `'`, which spreadsheets show as text. Numbers are written as
 * numbers (`-5`, `1e-7`), since they are values, not formulas; a missing value is empty.
 */
export function neutraliseCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return Object.is(value, -0) ? '0' : String(value);
  }
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * One CSV field (RFC 4180): quoted when it holds a quote, a comma, a line break, or a semicolon
 * or tab (the delimiters of other locales), with quotes doubled.
 */
export function csvField(text: string): string {
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
