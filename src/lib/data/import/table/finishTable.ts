import type { Column, ImportIssue, Table } from '../../table';
import { detectShape } from '../shape/detectShape';
import type { TextEncoding } from '../text/detectEncoding';
import { filledCells, findFooter } from '../shape/findFooter';
import type { Citation } from '../../citation';
import { readSource, type FileSource } from '../../meaning/readSource';
import { preambleUnit } from '../../meaning/preambleUnit';
import { aggregatesIn } from '../../meaning/aggregates';
import { nameCodedPlaces } from '../../meaning/placeNames';
import { markEstimates } from '../../meaning/markEstimates';
import { namedFields, uniqueNames } from '../shape/headerNames';
import type { ImportOptions, ImportResult } from '../importResult';
import type { DecimalSeparator } from '../values/parseNumber';
import type { RawTable } from './rawTable';
import { readColumns, typeColumn } from './readColumns';
import { joinScientificIssues } from '../values/scientificNotation';
import { rowIssues } from './rowIssues';
import { sdmxColumns } from '../sdmx/sdmxColumns';
import { splitHeaderIssue } from '../shape/splitHeader';
import type { CsvDialect } from '../text/sniffDialect';

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

/** Says where the notes below a table were dropped from. */
function footerIssue(raw: RawTable, footer: { start: number; text: string }): ImportIssue {
  const first = footer.start < raw.rowCount ? raw.rowLines[footer.start] : raw.lastLine;
  const from = Math.min(first, firstBlankLine(raw, footer.start));
  return info(
    from,
    `Dropped the notes below the table (lines ${from}–${raw.lastLine}), such as "${footer.text}".`,
  );
}

/** The table's columns typed and uniquely named, or why there is no table. */
function typedColumns(
  raw: RawTable,
  dialect: CsvDialect,
  rowCount: number,
  issues: ImportIssue[],
  final: boolean | undefined,
): Column[] | string {
  const drafts = readColumns(raw, rowCount, dialect.fieldCount, issues);
  if (drafts.length === 0)
    return 'No usable column was found: every column is empty and unnamed. Check that this is the right file.';
  if (rowCount === 0)
    return `The header is on line ${raw.headerLine}, but no data rows follow it. Check that this is the right file.`;
  const named = uniqueNames(
    drafts.map((d) => d.name),
    drafts.map((d) => d.position),
    raw.headerLine,
  );
  for (const issue of named.issues) issues.push(issue);
  const decimal: DecimalSeparator = dialect.delimiter === ';' ? ',' : '.';
  const typed: ImportIssue[] = [];
  const columns = drafts.map((draft, i) =>
    typeColumn(draft, named.names[i], rowCount, decimal, raw.rowLines, typed, final),
  );
  issues.push(...joinScientificIssues(typed));
  return columns;
}

/** What the file says of itself: its title rows, notes and columns read for a source. */
function sourceOf(
  raw: RawTable,
  options: ImportOptions,
  columns: Column[],
  footer: { start: number } | null,
): FileSource | null {
  return readSource({
    name: options.name,
    preamble: raw.preamble,
    footer: footer ? footerText(raw, footer.start) : [],
    columns: columns.map((c) => c.name),
    header: raw.header[0] ?? [],
    firstValue: (name) => {
      const c = columns.find((x) => x.name === name);
      return c && c.type !== 'number' && c.codes[0] >= 0 ? c.dictionary[c.codes[0]] : undefined;
    },
  });
}

/**
 * An unnamed column of names that holds groups of economies (IMF DOTS's partner column) is a
 * column of places, shown as the partners when the file's title speaks of partners (`Exports,
 * FOB to Partner Countries`), else as countries or areas: never as `Column 2`.
 */
function namePlaces(table: Table): void {
  const title = table.provenance.fileSource?.title ?? '';
  for (const c of table.columns)
    if (c.type === 'category' && c.role === 'other' && /^Column \d+$/.test(c.name))
      if (aggregatesIn(table, c, true).length >= 2) {
        c.role = 'entity';
        c.label ??= /\bpartners?\b/i.test(title) ? 'Partner' : 'Country or area';
      }
}

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
  if (footer) issues.push(footerIssue(raw, footer));
  const joined = splitHeaderIssue(
    raw.header,
    raw.headerLines ?? [raw.headerLine, raw.headerLine + 1],
  );
  if (joined) issues.push(joined);
  issues.push(...rowIssues(raw, rowCount, namedFields(raw.header)));
  const columns = typedColumns(raw, dialect, rowCount, issues, extras.final);
  if (typeof columns === 'string') return { ok: false, error: columns };
  issues.push(...markEstimates(columns, rowCount, (r) => raw.rowLines[r]));
  const shape = detectShape(columns);
  const encoding = extras.encoding ?? dialect.encoding;
  const source = sourceOf(raw, options, columns, footer);
  const unit = preambleUnit(raw.preamble);
  if (unit) for (const c of columns) if (c.type === 'number' && !c.unit) c.unit = unit;
  // Read after the source, which names the dataflow the dropped columns repeat.
  const sdmx = sdmxColumns(columns);
  if (sdmx?.folded.length) issues.push(info(null, sdmxNote(sdmx.folded)));
  const table: Table = {
    id: `file:${options.name}`,
    name: options.name,
    rowCount,
    columns: sdmx?.columns ?? columns,
    provenance: {
      citations: [fileCitation(options, source)],
      ...(source ? { fileSource: source } : {}),
      file: {
        name: options.name,
        size: options.size ?? extras.size ?? 0,
        encoding,
        delimiter: dialect.delimiter,
        headerLine: raw.headerLine,
        shape,
        rows: rowCount,
        ...(sdmx ? { format: 'sdmx-csv' } : {}),
      },
    },
    issues: issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
  };
  namePlaces(table);
  const named = nameCodedPlaces(table);
  if (named) table.issues.unshift(named);
  const meta = {
    encoding,
    delimiter: dialect.delimiter,
    headerLine: raw.headerLine,
    rows: rowCount,
    shape,
  };
  return {
    ok: true,
    table,
    meta,
    ...(options.keepLines ? { lines: raw.rowLines.slice(0, rowCount) } : {}),
  };
}

/** What reading a file as SDMX-CSV folded away, said once. */
function sdmxNote(folded: string[]): string {
  const names = folded.map((n) => `“${n}”`).join(', ');
  return `Read as SDMX-CSV: ${names} folded in (observation flags kept on each value; the dataflow named in the source).`;
}

/** The line of the first empty row skipped at or after row position `row` (Infinity if none). */
function firstBlankLine(raw: RawTable, row: number): number {
  let line = Infinity;
  for (let i = raw.blankAt.length - 1; i >= 0 && raw.blankAt.at(i) >= row; i--)
    line = raw.blankLines.at(i);
  return line;
}

/** The rows below the table (its notes), as text with their lines. */
function footerText(raw: RawTable, start: number): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  for (let r = start; r < raw.rowCount && out.length < 20; r++) {
    const text = filledCells(raw, r).join(' ').trim();
    if (text) out.push({ line: raw.rowLines[r], text: text.slice(0, 300) });
  }
  return out;
}

/**
 * The file's citation: the source it names for itself, marked as read from the file (with an
 * edition that is not a date kept in the title), or the file itself when it names none.
 */
export function fileCitation(options: ImportOptions, source: FileSource | null): Citation {
  const accessed = options.accessed ?? new Date().toISOString().slice(0, 10);
  if (!source)
    return {
      id: 'file',
      kind: 'user-file',
      publisher: 'User-supplied file',
      title: options.name,
      accessed,
    };
  const dated = source.updated && /^\d{4}(-\d{2}-\d{2})?$/.test(source.updated);
  const title = [source.title ?? source.dataset ?? options.name, dated ? null : source.updated]
    .filter(Boolean)
    .join(', ');
  return {
    id: 'file',
    kind: 'dataset',
    publisher: source.publisher,
    title,
    ...(dated ? { date: source.updated as string } : {}),
    ...(source.url ? { url: source.url } : {}),
    accessed,
    readFromFile: options.name,
    ...(/\blayout\)$/.test(source.readFrom) ? { byLayout: true } : {}),
  };
}
