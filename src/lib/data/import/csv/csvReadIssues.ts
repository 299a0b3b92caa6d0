import type { ImportIssue } from '../../table';
import type { TableBuilder } from '../table/createTableBuilder';
import type { TextEncoding } from '../text/detectEncoding';
import type { StreamDecoder } from '../text/createStreamDecoder';
import { countLineBreaks } from '../text/lineBreaks';
import type { RowReader } from '../text/createRowReader';

/** An issue for each quote the reader had to take as a plain character, at its line. */
export function unclosedQuoteIssues(
  reader: RowReader,
  builder: TableBuilder,
  rows: readonly string[][],
  firstLine: number,
): ImportIssue[] {
  const issues: ImportIssue[] = [];
  let record = 0;
  let line = firstLine;
  for (const { record: at, field } of reader.unclosed) {
    for (; record < at; record++)
      line += 1 + rows[record].reduce((n, f) => n + countLineBreaks(f), 0);
    const column = builder.fieldName(field);
    const message =
      `A quote opens ${column ? `the “${column}” value` : `field ${field + 1}`} on this line and ` +
      'never closes, which would make the rest of the file one value; it was read as a plain ' +
      'character. Check the quotes on this line in the file.';
    issues.push({ line, column, message, severity: 'warning' });
  }
  return issues;
}

/** What decoding learnt of the file's text: another encoding further down, replaced bytes. */
export function decodingIssues(decoder: StreamDecoder, encoding: TextEncoding): ImportIssue[] {
  const issues: ImportIssue[] = [];
  if (decoder.encoding !== encoding) {
    const message = `The file is not valid UTF-8 further down; it was read as ${decoder.encoding}.`;
    issues.push({ line: null, column: null, message, severity: 'info' });
  }
  if (decoder.replacedInvalid) {
    const message =
      'Some bytes are not valid UTF-8; they were replaced by "�". Save the file as CSV UTF-8.';
    issues.push({ line: null, column: null, message, severity: 'warning' });
  }
  return issues;
}
