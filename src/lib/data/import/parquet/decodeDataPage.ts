import type { DecodedArray, PageHeader } from 'hyparquet';
import { decompressPage, readDataPage, readDataPageV2 } from 'hyparquet/src/datapage.js';
import { readRleBitPackedHybrid } from 'hyparquet/src/encoding.js';
import { readPlain } from 'hyparquet/src/plain.js';
import { readHybrid } from './readHybrid';

/** What hyparquet needs to decode a column's pages. */
export type ColumnDecoder = Parameters<typeof readDataPage>[2];

/** A flat column's page decoding: its decoder and its highest definition level (0: required). */
export interface PageContext {
  decoder: ColumnDecoder;
  maxDefinition: number;
  /** Plain strings are left as bytes, coded without a string per value. */
  textBytes: boolean;
}

/** The values a page holds, in the form cheapest to turn into the table's. */
export type PageValues =
  | { form: 'indices'; indices: Int32Array }
  | { form: 'bytes'; page: Uint8Array; offset: number; count: number }
  | { form: 'decoded'; data: DecodedArray };

/** A decoded data page: `count` rows, which of them hold a value, and the values. */
export interface DataPage {
  count: number;
  /** Per row, 1 where it holds a value; null when every row does. */
  present: Uint8Array | null;
  values: PageValues;
}

const DICTIONARY = new Set(['PLAIN_DICTIONARY', 'RLE_DICTIONARY']);
const bitWidth = (value: number) => 32 - Math.clz32(value);
const readerOf = (bytes: Uint8Array, offset = 0) => ({
  view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength),
  offset,
});

/**
 * Hybrid-encoded values from `bytes` at `reader.offset`, `length` bytes long (else as long as
 * the 4-byte length ahead of them says); leaves the reader past them.
 */
function hybrid(
  bytes: Uint8Array,
  reader: ReturnType<typeof readerOf>,
  width: number,
  output: Int32Array | Uint8Array,
  length?: number,
) {
  if (length === undefined) {
    length = reader.view.getUint32(reader.offset, true);
    reader.offset += 4;
  }
  const start = reader.offset;
  if (!readHybrid(bytes, start, start + length, width, output))
    readRleBitPackedHybrid(reader, width, output, length);
  reader.offset = start + length;
}

/** Levels to a presence mask (1 = the row holds a value), or null when every row does. */
function presence(levels: ArrayLike<number>, count: number, max: number): Uint8Array | null {
  if (levels.length === 0) return null;
  const present = new Uint8Array(count);
  let all = true;
  for (let i = 0; i < count; i++) {
    present[i] = levels[i] === max ? 1 : 0;
    all &&= present[i] === 1;
  }
  return all ? null : present;
}

/** Values in the forms read here; null for the encodings hyparquet reads on its own. */
function readValues(
  page: Uint8Array,
  offset: number,
  encoding: string,
  count: number,
  context: PageContext,
): PageValues | null {
  const { type, element } = context.decoder;
  if (encoding === 'PLAIN' && type === 'BYTE_ARRAY' && context.textBytes)
    return { form: 'bytes', page, offset, count };
  const reader = readerOf(page, offset);
  if (encoding === 'PLAIN')
    return { form: 'decoded', data: readPlain(reader, type, count, element.type_length) };
  if (!DICTIONARY.has(encoding)) return null;
  const indices = new Int32Array(count);
  const width = page[reader.offset++];
  if (width) hybrid(page, reader, width, indices, page.byteLength - reader.offset);
  return { form: 'indices', indices };
}

/** A version 1 data page: levels and values compressed together. */
function pageV1(header: PageHeader, raw: Uint8Array, context: PageContext): DataPage {
  const { codec, compressors } = context.decoder;
  const daph = header.data_page_header!;
  const page = decompressPage(raw, Number(header.uncompressed_page_size), codec, compressors);
  const count = daph.num_values;
  const max = context.maxDefinition;
  const reader = readerOf(page);
  let present: Uint8Array | null = null;
  if (max > 0) {
    const levels = new Uint8Array(count);
    hybrid(page, reader, bitWidth(max), levels);
    present = presence(levels, count, max);
  }
  const stored = present ? present.reduce((n, p) => n + p, 0) : count;
  const values = readValues(page, reader.offset, daph.encoding, stored, context);
  if (values) return { count, present, values };
  const { definitionLevels, dataPage } = readDataPage(page, daph, context.decoder);
  return {
    count,
    present: presence(definitionLevels ?? [], count, max),
    values: { form: 'decoded', data: dataPage },
  };
}

/** A version 2 data page: levels stored plain ahead of the (perhaps compressed) values. */
function pageV2(header: PageHeader, raw: Uint8Array, context: PageContext): DataPage {
  const { codec, compressors } = context.decoder;
  const daph = header.data_page_header_v2!;
  const count = daph.num_values;
  const max = context.maxDefinition;
  const levelBytes = daph.repetition_levels_byte_length + daph.definition_levels_byte_length;
  let present: Uint8Array | null = null;
  // The header counts the page's missing values: with none, its levels need no reading.
  if (max > 0 && daph.num_nulls !== 0) {
    const levels = new Uint8Array(count);
    const reader = readerOf(raw, daph.repetition_levels_byte_length);
    hybrid(raw, reader, bitWidth(max), levels, daph.definition_levels_byte_length);
    present = presence(levels, count, max);
  }
  let page = raw.subarray(levelBytes);
  if (daph.is_compressed !== false) {
    const size = Number(header.uncompressed_page_size) - levelBytes;
    page = decompressPage(page, size, codec, compressors);
  }
  const values = readValues(page, 0, daph.encoding, count - daph.num_nulls, context);
  if (values) return { count, present, values };
  const { definitionLevels, dataPage } = readDataPageV2(raw, header, context.decoder);
  return {
    count,
    present: presence(definitionLevels ?? [], count, max),
    values: { form: 'decoded', data: dataPage },
  };
}

/**
 * Decodes a data page of a flat column with hyparquet's page readers, but keeps its levels
 * and dictionary indices in typed arrays and its plain strings as bytes: no array of values
 * per row, and no row assembly, which a flat column does not need.
 */
export function decodeDataPage(
  header: PageHeader,
  raw: Uint8Array,
  context: PageContext,
): DataPage {
  if (header.type === 'DATA_PAGE_V2' && header.data_page_header_v2)
    return pageV2(header, raw, context);
  if (header.type === 'DATA_PAGE' && header.data_page_header) return pageV1(header, raw, context);
  throw new Error(`parquet data page header is missing (${header.type})`);
}
