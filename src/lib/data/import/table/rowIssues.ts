import type { ImportIssue } from '../../table';
import { MAX_ROW_ISSUES } from '../importLimits';
import type { RawTable } from './rawTable';

/** `1 row`, `3 rows`. */
export const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * Issues about whole rows among the first `rowCount`: rows with too few or too many fields
 * (each with its line, then a summary), and empty rows skipped between the data.
 */
export function rowIssues(raw: RawTable, rowCount: number, named: number): ImportIssue[] {
  const issues: ImportIssue[] = [];
  let ragged = 0;
  for (let i = 0; i < raw.raggedRows.length; i++) {
    const row = raw.raggedRows.at(i);
    if (row >= rowCount) break;
    if (++ragged > MAX_ROW_ISSUES) continue;
    const fields = raw.raggedFields.at(i);
    const done =
      fields < named ? 'the missing cells are left empty' : 'the extra cells were dropped';
    issues.push({
      line: raw.rowLines[row],
      column: null,
      message: `This row has ${plural(fields, 'field')} where the header has ${named}; ${done}.`,
      severity: 'warning',
    });
  }
  if (ragged > MAX_ROW_ISSUES) {
    const message = `${plural(ragged - MAX_ROW_ISSUES, 'more row')} have a different number of fields than the header.`;
    issues.push({ line: null, column: null, message, severity: 'warning' });
  }
  let blank = 0;
  let firstLine = 0;
  for (let i = 0; i < raw.blankAt.length; i++) {
    const at = raw.blankAt.at(i);
    if (at === 0 || at >= rowCount) continue;
    if (blank++ === 0) firstLine = raw.blankLines.at(i);
  }
  if (blank > 0) {
    const message = `Skipped ${plural(blank, 'empty row')} between the data (the first on line ${firstLine}).`;
    issues.push({ line: firstLine, column: null, message, severity: 'info' });
  }
  return issues;
}
