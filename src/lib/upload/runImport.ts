import {
  BROWSER_DECODE_BYTES,
  createCsvImporter,
  detectFormat,
  GzipError,
  gunzipChunks,
  MAX_IMPORT_BYTES,
  FORMAT_HEAD_BYTES,
  type FileFormat,
  type WholeFormat,
  type ImportResult,
} from '../data/import';
import type { ImportRequest, WorkerMessage } from './importProtocol';
import { readBinary } from './readBinary';
import { stepAside } from './stepAside';
import type { PartReading } from './partReader';
import { headFirst } from './headFirst';
import { heldPreview, type HeldPreview } from './heldPreview';
import { offerPreview, PREVIEW_WAIT_MS } from './offerPreview';
import { long, readyTable } from './readyTable';
import { nextTask } from '../schedule/nextTask';
import { progressReports } from './progressReports';
import { readPace } from './readPace';
import { readBlob } from './readBlob';
import { partCount, readsInParts, startParts, type Parts } from './startParts';
import { joinParts, touchWhileWaiting } from './joinParts';

/** Bytes read between progress reports. */
export const READ_CHUNK = 4 * 1024 * 1024;

/** Files larger than this get a preview chart from their start while the rest is read. */
export const PREVIEW_AFTER = 3 * READ_CHUNK;

/**
 * How much of a file read in parts is read before they start: enough to sniff its dialect and
 * read its header (a longer preamble waits for the next chunk). Each byte of it is read by
 * code the engine has not compiled yet, while the parts wait.
 */
export const PART_PLAN_BYTES = 64 * 1024;

type Post = (message: WorkerMessage, transfer?: Transferable[]) => void;

/** The file's chunks, counting the bytes read in `read.bytes` (for progress). */
async function* counted(file: Blob, read: { bytes: number }): AsyncGenerator<Uint8Array> {
  for await (const value of readBlob(file)) {
    read.bytes += value.length;
    yield value;
  }
}

/** What a text import is given: the request, where to post, and how to read parts apart. */
interface TextRun {
  request: ImportRequest;
  gzip: boolean;
  post: Post;
  /** Where a preview goes: to the page once the reader has waited long enough. */
  preview: HeldPreview;
  cancelled: () => boolean;
  chunk: number;
  /** Reads parts of a large file in threads of their own; without it, one thread reads all. */
  parts?: PartReading;
  /** Resolves once the page has drawn the preview last posted (see runImport). */
  drawn?: () => Promise<void>;
}

/** A gzipped file that is not text, held whole until its reader reads it. */
interface HeldWhole {
  format: WholeFormat;
  chunks: Uint8Array<ArrayBuffer>[];
}

/** A file's chunks as the import reads them: decompressed, or its header first for parts. */
const chunksOf = (file: Blob, read: { bytes: number }, gzip: boolean, inParts: boolean) =>
  gzip
    ? gunzipChunks(counted(file, read), MAX_IMPORT_BYTES)
    : inParts
      ? headFirst(counted(file, read), PART_PLAN_BYTES, BROWSER_DECODE_BYTES)
      : counted(file, read);

/**
 * Streams CSV text (decompressing it first when `gzip`) into the streaming importer, with
 * progress in the file's bytes and, once the reader has waited, a preview of a large file's
 * rows read so far (a snapshot of the same import, so nothing is read or parsed twice). A large plain file is read in
 * parts on several cores once its header is in (see startParts); parts that cannot be joined
 * (a quoted line break across a cut) make it read again in one go. Null when cancelled.
 */
async function streamText(run: TextRun): Promise<ImportResult | null> {
  const { request, gzip, post, cancelled, chunk } = run;
  const { file, name, accessed, cores } = request;
  const size = gzip ? undefined : file.size;
  const options = { name, size, accessed, decodeBytes: BROWSER_DECODE_BYTES };
  const importer = createCsvImporter(options);
  let previewing = file.size > PREVIEW_AFTER;
  const pace = readPace(performance.now() - run.preview.waited());
  const aside = stepAside(run.preview, run.drawn);
  const read = { bytes: 0 };
  let pushed = 0;
  let said = 0;
  // A gzipped Parquet file, workbook or JSON answer, told by its first decompressed bytes, is held whole.
  let held: HeldWhole | null = null;
  let parts: Parts | null = null;
  let partsTried = gzip || !run.parts;
  const count = run.parts?.count ?? partCount(cores);
  const inParts =
    !partsTried && readsInParts(file.size, count, run.parts?.fromBytes, run.parts?.toBytes);
  // Part workers load while the start and header are read.
  if (inParts) run.parts?.prepare?.(count - 1);
  const { report, reportSoon } = progressReports(
    post,
    file.size,
    () => ({
      bytesRead: Math.min(read.bytes, parts?.end ?? Infinity) + (parts?.bytes ?? 0),
      rows: importer.rowCount + (parts?.rows ?? 0),
    }),
    inParts,
  );
  try {
    for await (let value of chunksOf(file, read, gzip, inParts)) {
      if (cancelled()) break;
      const format: FileFormat = gzip && pushed === 0 && !held ? detectFormat(value) : 'text';
      if (format !== 'text' && format !== 'gzip') held = { format, chunks: [] };
      if (held) {
        held.chunks.push(value as Uint8Array<ArrayBuffer>);
        continue;
      }
      if (parts) value = value.subarray(0, parts.end - pushed);
      importer.push(value);
      pushed += value.length;
      if (previewing) {
        const share = parts ? pushed / parts.end : read.bytes / file.size;
        previewing = offerPreview(
          importer,
          pushed,
          share,
          { preview: run.preview, pace },
          cancelled,
        );
        // The page draws the preview on its own thread; this one steps aside until it has.
        await aside();
      }
      const plan = partsTried ? null : importer.partPlan();
      if (plan) {
        partsTried = true;
        const reading = { count, ...run.parts! };
        parts = await startParts(file, pushed, plan, options, reading, reportSoon);
      }
      if (read.bytes - said >= chunk || read.bytes === file.size) {
        said = read.bytes;
        reportSoon();
      }
      if (parts && pushed >= parts.end) break;
      // The part workers' messages (and a new one's start) need this thread's turn.
      if (parts) await nextTask();
    }
  } catch (e) {
    parts?.cancel();
    if (e instanceof GzipError) return { ok: false, error: e.message };
    throw e;
  }
  return endText(run, importer, { held, parts, report });
}

/** A text import's table once its last chunk is in: from its parts, or from what was held. */
async function endText(
  run: TextRun,
  importer: ReturnType<typeof createCsvImporter>,
  { held, parts, report }: { held: HeldWhole | null; parts: Parts | null; report: () => void },
): Promise<ImportResult | null> {
  if (run.cancelled()) {
    parts?.cancel();
    return null;
  }
  if (held) return readHeld(held, run);
  if (parts) {
    await touchWhileWaiting(importer, parts.results);
    report();
    return (await joinParts(importer, parts)) ?? streamText({ ...run, parts: undefined });
  }
  const result = importer.finish();
  if (run.gzip && result.ok && result.table.provenance.file) {
    Object.assign(result.table.provenance.file, { size: run.request.file.size, format: 'gzip' });
  }
  return result;
}

/** A gzipped Parquet file, workbook or JSON answer, decompressed (`held`), read whole. */
async function readHeld(held: HeldWhole, run: TextRun): Promise<ImportResult | null> {
  const whole = { ...run.request, file: new Blob(held.chunks) };
  const result = await readBinary(held.format, { ...run, request: whole }, PREVIEW_AFTER);
  if (result?.ok && result.table.provenance.file)
    result.table.provenance.file.size = run.request.file.size;
  return result;
}

/**
 * The worker's job, as a plain function so it runs (and is tested) anywhere: tells the file's
 * format by its first bytes, reads it (CSV text and gzip streamed, Parquet by row groups,
 * workbooks whole) with progress, makes wide tables long, chooses the starting chart, and
 * posts the table with its buffers transferred. Row objects never exist, let alone cross
 * threads. The page keeps the table in storage itself, once it has drawn it.
 *
 * Once it has posted a preview (of a CSV or Parquet file), the reader waits for `drawn` before it goes on:
 * drawn while the reader had the cores too, each of the preview's tasks on the page took up to
 * twice as long, past 50 ms on a two-core machine.
 */
export async function runImport(
  request: ImportRequest,
  post: Post,
  cancelled: () => boolean = () => false,
  chunk = READ_CHUNK,
  parts?: PartReading,
  drawn?: () => Promise<void>,
): Promise<void> {
  const preview = heldPreview(post, request.previewAfterMs ?? PREVIEW_WAIT_MS);
  try {
    const head = await request.file.slice(0, FORMAT_HEAD_BYTES).arrayBuffer();
    const format = detectFormat(new Uint8Array(head));
    const gzip = format === 'gzip';
    const text = { request, gzip, post, preview, cancelled, chunk, parts, drawn };
    const result =
      format !== 'text' && format !== 'gzip'
        ? await readBinary(format, text, PREVIEW_AFTER)
        : await streamText(text);
    preview.drop();
    if (result === null || cancelled()) return;
    if (!result.ok) return post({ type: 'done', ok: false, error: result.error });
    const table = long(result);
    const { transfer, ...message } = readyTable(table);
    post(
      {
        type: 'done',
        ok: true,
        ...message,
        meta: result.meta,
        reshaped: table !== result.table,
      },
      transfer,
    );
  } catch (e) {
    preview.drop();
    const detail = e instanceof Error ? e.message : String(e);
    post({
      type: 'done',
      ok: false,
      error: `The file could not be read (${detail}). Try again, or save it anew as CSV.`,
    });
  }
}
