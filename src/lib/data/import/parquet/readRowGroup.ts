import type { CompressionCodec, Compressors, SchemaElement } from 'hyparquet';
import { DEFAULT_PARSERS } from 'hyparquet/src/convert.js';
import { createTextCoder, type TextCoder } from './createTextCoder';
import type { ColumnDecoder } from './decodeDataPage';
import type { ParquetKind } from './parquetColumnKinds';
import { readColumnChunk, type ChunkTarget } from './readColumnChunk';

/** One flat column's chunk in a row group: where its bytes are in the file, and its type. */
export interface ChunkSpec {
  name: string;
  kind: ParquetKind;
  element: SchemaElement;
  codec: CompressionCodec;
  start: number;
  end: number;
}

/** A row group to read: its rows in the table, its bytes in the file, its chunks. */
export interface GroupJob {
  index: number;
  rowStart: number;
  rows: number;
  start: number;
  end: number;
  chunks: ChunkSpec[];
}

/** One column of a row group: numbers (NaN missing), or codes of its own dictionary. */
export interface GroupColumn {
  name: string;
  numbers: Float64Array | null;
  codes: Int32Array | null;
  dictionary: string[];
  /** Integers past 2^53, read rounded. */
  unsafe: number;
}

const ROOT: SchemaElement = { name: 'root', repetition_type: 'REQUIRED' };

function decoderOf(chunk: ChunkSpec, compressors: Compressors): ColumnDecoder {
  const { element, codec } = chunk;
  const schemaPath = [ROOT, element].map((e, i) => ({
    element: e,
    children: [],
    count: 1,
    path: i ? [e.name] : [],
  }));
  const type = element.type ?? 'BYTE_ARRAY';
  return {
    pathInSchema: [element.name],
    type,
    element,
    schemaPath,
    codec,
    parsers: DEFAULT_PARSERS,
    compressors,
    utf8: true,
  };
}

/**
 * Decodes a row group's flat column chunks from `bytes` (the file from `job.start` on) into
 * typed columns, `job.rows` long. One thread reading every group passes `coders`, a coder per
 * text column for all groups (each text decoded once, codes that need no remapping), and
 * `into`, the table's whole columns, which the group's rows are then written into in place;
 * else each group has coders and arrays of its own. Pure, so a worker runs it as well.
 */
export function readRowGroup(
  bytes: Uint8Array,
  job: GroupJob,
  compressors: Compressors,
  coders?: Map<string, TextCoder>,
  into?: Map<string, Float64Array | Int32Array>,
): GroupColumn[] {
  return job.chunks.map((chunk) => {
    const decoder = decoderOf(chunk, compressors);
    const maxDefinition = chunk.element.repetition_type === 'REQUIRED' ? 0 : 1;
    const textBytes = chunk.kind === 'text' && decoder.type === 'BYTE_ARRAY';
    const context = { decoder, maxDefinition, textBytes };
    const span = bytes.subarray(chunk.start - job.start, chunk.end - job.start);
    const coder = coders?.get(chunk.name) ?? createTextCoder();
    coders?.set(chunk.name, coder);
    const whole = into?.get(chunk.name)?.subarray(job.rowStart, job.rowStart + job.rows);
    const target: ChunkTarget =
      chunk.kind === 'text'
        ? { codes: whole instanceof Int32Array ? whole : new Int32Array(job.rows), coder }
        : {
            numbers: whole instanceof Float64Array ? whole : new Float64Array(job.rows).fill(NaN),
            unsafe: 0,
          };
    readColumnChunk(span, job.rows, context, target);
    return 'codes' in target
      ? {
          name: chunk.name,
          numbers: null,
          codes: target.codes,
          dictionary: coder.dictionary,
          unsafe: 0,
        }
      : {
          name: chunk.name,
          numbers: target.numbers,
          codes: null,
          dictionary: [],
          unsafe: target.unsafe,
        };
  });
}
