import type { ImportIssue } from '../../table';
import { tableTransferables } from '../../transferTable';
import { createRowReader, type RowReader } from '../text/createRowReader';
import { createStreamDecoder, type StreamDecoder } from '../text/createStreamDecoder';
import { createTableBuilder, type TableBuilder } from '../table/createTableBuilder';
import type { RawPart } from '../table/rawPart';
import { decodingIssues, unclosedQuoteIssues } from './csvReadIssues';
import { DECODE_BYTES, MAX_IMPORT_BYTES, PARSE_CHARS, SNIFF_BYTES } from '../importLimits';
import type { ImportOptions, ImportResult } from '../importResult';
import { refuseFile } from '../refuseFile';
import { sniffDialect, type CsvDialect } from '../text/sniffDialect';
import { unexpectedError } from '../unexpectedError';

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
  /**
   * Once the header is read: what reading a later part of the file apart needs. Null before,
   * and for files that cannot be cut at a line break byte (UTF-16; CR or mixed line breaks).
   */
  partPlan(): CsvPartPlan | null;
  /**
   * Ends the reading with the bytes pushed (which end a line): its rows, as a part. Null when
   * they do not end cleanly (a quote left open, or the decoding changed its mind).
   */
  endPart(): RawPart | null;
  /**
   * Ends the reading as endPart does, and puts the rows of `parts` (read apart, in file order)
   * after its own; false when they cannot be (read the file in one go then). `finish` then
   * types the whole table.
   */
  join(parts: readonly RawPart[]): boolean;
  /** See TableBuilder.touchAhead; false before reading has started. */
  touchAhead(rows: number): boolean;
}

/** What reading a part of a file past its header needs: the file's dialect and header. */
export interface CsvPartPlan {
  dialect: CsvDialect;
  header: string[][];
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

/** The reading of a file of `dialect`; given `header`, of a part of it past the header. */
function runOf(dialect: CsvDialect, options: ImportOptions, header?: string[][]): Run {
  return {
    dialect,
    decoder: createStreamDecoder(dialect.encoding),
    reader: createRowReader(dialect.delimiter, dialect.newline),
    builder: createTableBuilder(
      dialect,
      options,
      (options.size ?? 0) / dialect.bytesPerRecord,
      header,
    ),
  };
}

/** Whether decoding kept to the encoding the file's start gave, replacing nothing. */
const clean = ({ decoder, dialect }: Run) =>
  decoder.encoding === dialect.encoding && !decoder.replacedInvalid;

/** The streaming import; see createCsvImporter. */
class CsvStream implements CsvImporter {
  readonly #maxBytes: number;
  readonly #decodeBytes: number;
  #error: string | null = null;
  #received = 0;
  #head: Uint8Array[] = [];
  #headLength = 0;
  #sniffAt = SNIFF_BYTES;
  #run: Run | null = null;
  #quoteIssues: ImportIssue[] = [];
  #ended = false;

  constructor(
    readonly options: ImportOptions,
    plan?: CsvPartPlan,
  ) {
    this.#maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
    this.#decodeBytes = options.decodeBytes ?? DECODE_BYTES;
    if (options.size !== undefined && options.size > this.#maxBytes)
      this.#error = refuseFile(Uint8Array.of(32), options.size, this.#maxBytes);
    if (plan) this.#run = runOf(plan.dialect, options, plan.header);
  }

  get rowCount() {
    return this.#run ? this.#run.builder.rowCount : 0;
  }

  // Large pushes are decoded in `decodeBytes` pieces and tokenized in PARSE_CHARS pieces: few
  // parsed rows are alive at once.
  #feed(bytes: Uint8Array, final: boolean) {
    const run = this.#run!;
    const { decoder, reader, builder } = run;
    const step = this.#decodeBytes;
    for (let at = 0; at < bytes.length || (at === 0 && final); at += step) {
      const last = final && at + step >= bytes.length;
      const text = decoder.decode(bytes.subarray(at, at + step), last);
      // A piece may end anywhere, even inside a surrogate pair: the reader keeps an unfinished
      // record and joins it to the next piece.
      for (let from = 0; from < text.length; from += PARSE_CHARS)
        builder.addRows(reader.push(text.slice(from, from + PARSE_CHARS)));
    }
    if (final) {
      const line = builder.nextLine;
      const rows = reader.end();
      this.#quoteIssues.push(...unclosedQuoteIssues(run.reader, run.builder, rows, line));
      builder.addRows(rows);
    }
  }

  /** Sniffs the bytes held so far; on success, starts the run with them. */
  #start(final: boolean) {
    const { options } = this;
    const first = concat(this.#head, this.#headLength);
    const size = options.size ?? (final ? this.#received : undefined);
    const sniff = sniffDialect(first, { final, size, maxBytes: this.#maxBytes });
    if (!sniff.ok) {
      if (sniff.needMore && !final) this.#sniffAt *= 4;
      else this.#error = sniff.error;
      return;
    }
    this.#run = runOf(sniff.dialect, options);
    this.#head = [];
    this.#feed(first, final);
  }

  /** Holds bytes until there are enough to sniff, then feeds the rest. */
  #take(bytes: Uint8Array) {
    if (this.#run) return this.#feed(bytes, false);
    const room = this.#sniffAt - this.#headLength;
    this.#head.push(bytes.slice(0, room));
    this.#headLength += Math.min(room, bytes.length);
    if (bytes.length < room) return;
    this.#start(false);
    if (this.#error === null && bytes.length > room) this.#take(bytes.subarray(room));
  }

  push(bytes: Uint8Array) {
    if (this.#error !== null) return;
    try {
      this.#received += bytes.length;
      if (this.#received > this.#maxBytes)
        this.#error = refuseFile(bytes, this.#received, this.#maxBytes);
      else this.#take(bytes);
    } catch (e) {
      this.#error = unexpectedError(e);
    }
  }

  partPlan(): CsvPartPlan | null {
    const run = this.#run;
    const header = run?.builder.header;
    if (this.#error !== null || this.#ended || !run || !header) return null;
    const { encoding, newline } = run.dialect;
    if (encoding !== 'utf-8' && encoding !== 'windows-1252') return null;
    if (newline !== '\n' && newline !== '\r\n') return null;
    if (!clean(run)) return null;
    return { dialect: run.dialect, header: header.map((row) => [...row]) };
  }

  /** Reads what is left of the pushed bytes as the end; whether they ended cleanly. */
  #end(): boolean {
    const run = this.#run;
    if (this.#error !== null || !run) return false;
    if (!this.#ended) {
      this.#ended = true;
      try {
        this.#feed(new Uint8Array(0), true);
      } catch (e) {
        this.#error = unexpectedError(e);
        return false;
      }
    }
    return run.reader.unclosed.length === 0 && clean(run);
  }

  endPart(): RawPart | null {
    return this.#end() ? this.#run!.builder.part() : null;
  }

  touchAhead(rows: number): boolean {
    return this.#run ? this.#run.builder.touchAhead(rows) : false;
  }

  join(parts: readonly RawPart[]): boolean {
    if (!this.#end()) return false;
    try {
      this.#run!.builder.join(parts);
      return true;
    } catch (e) {
      this.#error = unexpectedError(e);
      return false;
    }
  }

  finish(): ImportResult {
    try {
      if (this.#error === null && !this.#run) this.#start(true);
      else if (this.#error === null && !this.#ended) this.#feed(new Uint8Array(0), true);
      const run = this.#run;
      if (this.#error !== null || !run)
        return { ok: false, error: this.#error ?? 'No table could be read.' };
      const result = run.builder.finish({
        encoding: run.decoder.encoding,
        issues: [...this.#quoteIssues, ...decodingIssues(run.decoder, run.dialect.encoding)],
        size: this.options.size ?? this.#received,
        final: true,
      });
      // What was kept while reading and is not the table's (line numbers, dictionaries and
      // their index, the other reading of each number) is garbage from here, even while the
      // caller still holds the importer: a large file's table is copied next. Its buffers are
      // freed at once.
      run.builder.release(result.ok ? tableTransferables(result.table) : []);
      this.#run = null;
      this.#error = 'The import has finished.';
      return result;
    } catch (e) {
      return { ok: false, error: unexpectedError(e) };
    }
  }

  snapshot(): ImportResult | null {
    if (this.#error !== null || !this.#run) return null;
    const { decoder, builder } = this.#run;
    return builder.finish({ encoding: decoder.encoding, size: this.#received });
  }
}

/**
 * The streaming import, shared by importCsv (bytes in memory) and a Web Worker reading a File
 * slice by slice (`push(new Uint8Array(await file.slice(a, b).arrayBuffer()))`): the first
 * ~64 KB are sniffed for the dialect, then every chunk is decoded, tokenized and added to a
 * TableBuilder. Given `plan` (the partPlan of an importer of the file's start), it reads a part
 * of the file past the header, from a line's start, to be joined to the start's. Never throws.
 */
export function createCsvImporter(options: ImportOptions, plan?: CsvPartPlan): CsvImporter {
  return new CsvStream(options, plan);
}
