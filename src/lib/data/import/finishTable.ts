import type { ImportIssue, Table } from '../table';
import { detectShape } from './detectShape';
import type { TextEncoding } from './detectEncoding';
import { findFooter } from './findFooter';
import { namedFields, uniqueNames } from './headerNames';
import type { ImportOptions, ImportResult } from './importResult';
import type { DecimalSeparator } from './parseNumber';
import type { RawTable } from './rawTable';
import { readColumns, typeColumn } from './readColumns';
import { rowIssues } from './rowIssues';
import type { CsvDialect } from './sniffDialect';

/** What the decoding side learnt after the builder was made. */
export interface FinishExtras {
  encoding?: TextEncoding;
  issues?: ImportIssue[];
  /** Bytes read, when the size was not known up front. */
  size?: number;
  /**
   * The builder is done: its storage may become the table's (codes typed in place, numbers
   * kept where they were read) instead of being copied. Never for a snapshot while reading.
   */
  final?: boolean;
}

const info = (line: number | null, message: string): ImportIssue => ({
  line,
  column: null,
  message,
  severity: 'info',
});

/** Turns what the builder kept into a typed table with its issues and provenance. */
export function finishTable(
  raw: RawTable,
  dialect: CsvDialect,
  options: ImportOptions,
  extras: FinishExtras = {},
): ImportResult {
  if (raw.header.length === 0) {
    return { ok: false, error: 'The file ended before its header row: no table could be read.' };
  }
  const issues: ImportIssue[] = [...(extras.issues ?? [])];
  const footer = findFooter(raw);
  const rowCount = footer ? footer.start : raw.rowCount;
  if (footer) {
    const first = footer.start < raw.rowCount ? raw.rowLines[footer.start] : raw.lastLine;
    const from = Math.min(first, firstBlankLine(raw, footer.start));
    issues.push(
      info(
        from,
        `Dropped the notes below the table (lines ${from}–${raw.lastLine}), such as "${footer.text}".`,
      ),
    );
  }
  issues.push(...rowIssues(raw, rowCount, namedFields(raw.header)));
  const drafts = readColumns(raw, rowCount, dialect.fieldCount, issues);
  if (drafts.length === 0) {
    return {
      ok: false,
      error:
        'No usable column was found: every column is empty and unnamed. Check that this is the right file.',
    };
  }
  if (rowCount === 0) {
    return {
      ok: false,
      error: `The header is on line ${raw.headerLine}, but no data rows follow it. Check that this is the right file.`,
    };
  }
  const named = uniqueNames(
    drafts.map((d) => d.name),
    drafts.map((d) => d.position),
    raw.headerLine,
  );
  for (const issue of named.issues) issues.push(issue);
  const decimal: DecimalSeparator = dialect.delimiter === ';' ? ',' : '.';
  const columns = drafts.map((draft, i) =>
    typeColumn(draft, named.names[i], rowCount, decimal, raw.rowLines, issues, extras.final),
  );
  const shape = detectShape(columns);
  const encoding = extras.encoding ?? dialect.encoding;
  const table: Table = {
    id: `file:${options.name}`,
    name: options.name,
    rowCount,
    columns,
    provenance: {
      citations: [
        {
          id: 'file',
          kind: 'user-file',
          publisher: 'User-supplied file',
          title: options.name,
          accessed: options.accessed ?? new Date().toISOString().slice(0, 10),
        },
      ],
      file: {
        name: options.name,
        size: options.size ?? extras.size ?? 0,
        encoding,
        delimiter: dialect.delimiter,
        headerLine: raw.headerLine,
        shape,
        rows: rowCount,
      },
    },
    issues: issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
  };
  const meta = {
    encoding,
    delimiter: dialect.delimiter,
    headerLine: raw.headerLine,
    rows: rowCount,
    shape,
  };
  return { ok: true, table, meta };
}

/** The line of the first empty row skipped at or after row position `row` (Infinity if none). */
function firstBlankLine(raw: RawTable, row: number): number {
  let line = Infinity;
  for (let i = raw.blankAt.length - 1; i >= 0 && raw.blankAt.at(i) >= row; i--)
    line = raw.blankLines.at(i);
  return line;
}
