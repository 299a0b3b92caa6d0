import type { ImportIssue } from '../table';
import { tableTransferables } from '../transferTable';
import { createRowReader, type RowReader } from './createRowReader';
import { createStreamDecoder, type StreamDecoder } from './createStreamDecoder';
import { createTableBuilder, type TableBuilder } from './createTableBuilder';
import { countLineBreaks } from './lineBreaks';
import { DECODE_BYTES, MAX_IMPORT_BYTES, PARSE_CHARS, SNIFF_BYTES } from './importLimits';
import type { ImportOptions, ImportResult } from './importResult';
import { refuseFile } from './refuseFile';
import { sniffDialect, type CsvDialect } from './sniffDialect';
import { unexpectedError } from './unexpectedError';

/** Takes a file's bytes in chunks of any size, in order; `finish` returns the table. */
export interface CsvImporter {
  push(bytes: Uint8Array): void;
  /** Data rows read so far (for progress); 0 until the first ~64 KB are in. */
  readonly rowCount: number;
  /**
   * The table of the records read so far, for a preview while the rest streams in; null
   * until the first ~64 KB are in. Reading goes on: the table shares no buffer with it.
   */
  snapshot(): ImportResult | null;
  finish(): ImportResult;
}

interface Run {
  dialect: CsvDialect;
  decoder: StreamDecoder;
  reader: RowReader;
  builder: TableBuilder;
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * The streaming import, shared by importCsv (bytes in memory) and a Web Worker reading a File
 * slice by slice (`push(new Uint8Array(await file.slice(a, b).arrayBuffer()))`): the first
 * ~64 KB are sniffed for the dialect, then every chunk is decoded, tokenized and added to a
 * TableBuilder. Never throws.
 */
export function createCsvImporter(options: ImportOptions): CsvImporter {
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  const decodeBytes = options.decodeBytes ?? DECODE_BYTES;
  let error: string | null = null;
  let received = 0;
  let head: Uint8Array[] = [];
  let headLength = 0;
  let sniffAt = SNIFF_BYTES;
  let run: Run | null = null;
  const quoteIssues: ImportIssue[] = [];
  if (options.size !== undefined && options.size > maxBytes) {
    error = refuseFile(Uint8Array.of(32), options.size, maxBytes);
  }

  // Large pushes are decoded in `decodeBytes` pieces and tokenized in PARSE_CHARS pieces: few
  // parsed rows are alive at once.
  function feed(bytes: Uint8Array, final: boolean) {
    const { decoder, reader, builder } = run!;
    for (let at = 0; at < bytes.length || (at === 0 && final); at += decodeBytes) {
      const last = final && at + decodeBytes >= bytes.length;
      const text = decoder.decode(bytes.subarray(at, at + decodeBytes), last);
      // A piece may end anywhere, even inside a surrogate pair: the reader keeps an unfinished
      // record and joins it to the next piece.
      for (let from = 0; from < text.length; from += PARSE_CHARS)
        builder.addRows(reader.push(text.slice(from, from + PARSE_CHARS)));
    }
    if (final) {
      const line = builder.nextLine;
      const rows = reader.end();
      noteUnclosedQuotes(rows, line);
      builder.addRows(rows);
    }
  }

  /** An issue for each quote the reader had to take as a plain character, at its line. */
  function noteUnclosedQuotes(rows: readonly string[][], firstLine: number) {
    const { reader, builder } = run!;
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
      quoteIssues.push({ line, column, message, severity: 'warning' });
    }
  }

  /** Sniffs the bytes held so far; on success, starts the run with them. */
  function start(final: boolean) {
    const first = concat(head, headLength);
    const size = options.size ?? (final ? received : undefined);
    const sniff = sniffDialect(first, { final, size, maxBytes });
    if (!sniff.ok) {
      if (sniff.needMore && !final) sniffAt *= 4;
      else error = sniff.error;
      return;
    }
    const { dialect } = sniff;
    run = {
      dialect,
      decoder: createStreamDecoder(dialect.encoding),
      reader: createRowReader(dialect.delimiter, dialect.newline),
      builder: createTableBuilder(dialect, options, (options.size ?? 0) / dialect.bytesPerRecord),
    };
    head = [];
    feed(first, final);
  }

  /** Holds bytes until there are enough to sniff, then feeds the rest. */
  function take(bytes: Uint8Array) {
    if (run) return feed(bytes, false);
    const room = sniffAt - headLength;
    head.push(bytes.slice(0, room));
    headLength += Math.min(room, bytes.length);
    if (bytes.length < room) return;
    start(false);
    if (error === null && bytes.length > room) take(bytes.subarray(room));
  }

  function push(bytes: Uint8Array) {
    if (error !== null) return;
    try {
      received += bytes.length;
      if (received > maxBytes) error = refuseFile(bytes, received, maxBytes);
      else take(bytes);
    } catch (e) {
      error = unexpectedError(e);
    }
  }

  function finish(): ImportResult {
    try {
      if (error === null && !run) start(true);
      else if (error === null) feed(new Uint8Array(0), true);
      if (error !== null || !run) return { ok: false, error: error ?? 'No table could be read.' };
      const { dialect, decoder, builder } = run;
      const issues: ImportIssue[] = [...quoteIssues];
      if (decoder.encoding !== dialect.encoding) {
        const message = `The file is not valid UTF-8 further down; it was read as ${decoder.encoding}.`;
        issues.push({ line: null, column: null, message, severity: 'info' });
      }
      if (decoder.replacedInvalid) {
        const message =
          'Some bytes are not valid UTF-8; they were replaced by "�". Save the file as CSV UTF-8.';
        issues.push({ line: null, column: null, message, severity: 'warning' });
      }
      const result = builder.finish({
        encoding: decoder.encoding,
        issues,
        size: options.size ?? received,
        final: true,
      });
      // What was kept while reading and is not the table's (line numbers, dictionaries and
      // their index, the other reading of each number) is garbage from here, even while the
      // caller still holds the importer: a large file's table is copied next. Its buffers are
      // freed at once.
      builder.release(result.ok ? tableTransferables(result.table) : []);
      run = null;
      error = 'The import has finished.';
      return result;
    } catch (e) {
      return { ok: false, error: unexpectedError(e) };
    }
  }

  function snapshot(): ImportResult | null {
    if (error !== null || !run) return null;
    const { decoder, builder } = run;
    return builder.finish({ encoding: decoder.encoding, size: received });
  }

  return {
    push,
    snapshot,
    finish,
    get rowCount() {
      return run ? run.builder.rowCount : 0;
    },
  };
}
