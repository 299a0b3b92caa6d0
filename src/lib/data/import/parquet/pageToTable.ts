import type { DecodedArray } from 'hyparquet';
import { convert } from 'hyparquet/src/convert.js';
import type { TextCoder } from './createTextCoder';
import type { ColumnDecoder, DataPage } from './decodeDataPage';

/** Numbers of decoded values, with which of them were integers past 2^53 (null: none). */
export interface PageNumbers {
  numbers: Float64Array | Float32Array | Int32Array;
  unsafe: Uint8Array | null;
}

const text = (v: unknown): string =>
  typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v);

/**
 * Decoded values as numbers: plain doubles, floats and int32 as they are; anything else
 * (int64, decimals, dates, timestamps, unsigned) through hyparquet's conversion first.
 */
export function toNumbers(data: DecodedArray, decoder: ColumnDecoder): PageNumbers {
  const { element } = decoder;
  const plain = !element.converted_type && !element.logical_type && element.type !== 'INT96';
  if (
    plain &&
    (data instanceof Float64Array || data instanceof Float32Array || data instanceof Int32Array)
  )
    return { numbers: data, unsafe: null };
  const values = plain ? data : convert(data, decoder);
  const numbers = new Float64Array(values.length).fill(NaN);
  let unsafe: Uint8Array | null = null;
  for (let i = 0; i < values.length; i++) {
    const v: unknown = values[i];
    if (typeof v === 'number') numbers[i] = v;
    else if (typeof v === 'bigint') {
      numbers[i] = Number(v);
      if (!Number.isSafeInteger(numbers[i])) (unsafe ??= new Uint8Array(values.length))[i] = 1;
    } else if (v instanceof Date) numbers[i] = v.getTime();
  }
  return { numbers, unsafe };
}

/** Decoded values as codes: byte strings by their bytes, anything else by its text. */
export function toCodes(data: DecodedArray, decoder: ColumnDecoder, coder: TextCoder): Int32Array {
  const codes = new Int32Array(data.length);
  if (decoder.type === 'BYTE_ARRAY' && data.every((v: unknown) => v instanceof Uint8Array)) {
    for (let i = 0; i < data.length; i++) {
      const bytes = data[i] as Uint8Array;
      codes[i] = coder.codeOfBytes(bytes, 0, bytes.length);
    }
    return codes;
  }
  const values = convert(data, decoder);
  for (let i = 0; i < values.length; i++) codes[i] = coder.codeOfText(text(values[i]));
  return codes;
}

/** Plain BYTE_ARRAY values (each a 4-byte length, then its bytes) as codes. */
function bytesToCodes(
  page: Uint8Array,
  offset: number,
  count: number,
  coder: TextCoder,
): Int32Array {
  const codes = new Int32Array(count);
  const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
  let at = offset;
  for (let i = 0; i < count; i++) {
    const length = view.getUint32(at, true);
    codes[i] = coder.codeOfBytes(page, at + 4, Math.min(length, page.length - at - 4));
    at += 4 + length;
  }
  return codes;
}

/** Writes a page's values at row `at`: each row with a value takes the next one. */
function scatter(
  out: Float64Array | Int32Array,
  at: number,
  page: DataPage,
  values: Float64Array | Float32Array | Int32Array,
): number {
  const count = Math.min(page.count, out.length - at);
  const { present } = page;
  // Every row holds a value: one native copy (a short, damaged page leaves rows missing).
  if (!present) {
    out.set(values.subarray(0, Math.min(count, values.length)), at);
    return count;
  }
  for (let i = 0, v = 0; i < count; i++) if (present[i]) out[at + i] = values[v++];
  return count;
}

/** A column chunk's dictionary, in the table's terms. */
export type TableDictionary = PageNumbers | Int32Array | null;

/**
 * Writes a data page into a row group's number column from row `at`; returns the rows
 * written and how many of them held integers past 2^53.
 */
export function pageToNumbers(
  page: DataPage,
  dictionary: TableDictionary,
  decoder: ColumnDecoder,
  out: Float64Array,
  at: number,
): { rows: number; unsafe: number } {
  const { values } = page;
  let numbers: PageNumbers;
  if (values.form === 'indices') {
    const entries = dictionary && !(dictionary instanceof Int32Array) ? dictionary : null;
    const picked = new Float64Array(values.indices.length);
    const unsafe = entries?.unsafe ? new Uint8Array(picked.length) : null;
    for (let i = 0; i < picked.length; i++) {
      const e = values.indices[i];
      picked[i] = entries ? (entries.numbers[e] ?? NaN) : NaN;
      if (unsafe) unsafe[i] = entries!.unsafe![e];
    }
    numbers = { numbers: picked, unsafe };
  } else if (values.form === 'decoded') numbers = toNumbers(values.data, decoder);
  else numbers = { numbers: new Float64Array(values.count).fill(NaN), unsafe: null };
  const rows = scatter(out, at, page, numbers.numbers);
  return { rows, unsafe: numbers.unsafe ? numbers.unsafe.reduce((n, u) => n + u, 0) : 0 };
}

/** Writes a data page into a row group's code column from row `at`; returns the rows written. */
export function pageToCodes(
  page: DataPage,
  dictionary: TableDictionary,
  decoder: ColumnDecoder,
  coder: TextCoder,
  out: Int32Array,
  at: number,
): number {
  const { values } = page;
  let codes: Int32Array;
  if (values.form === 'indices') {
    codes = values.indices;
    const entries = dictionary instanceof Int32Array ? dictionary : new Int32Array(0);
    // An index past the dictionary (a damaged page) reads as missing: undefined | 0 is 0.
    for (let i = 0; i < codes.length; i++) codes[i] = entries[codes[i]] | 0;
  } else if (values.form === 'bytes')
    codes = bytesToCodes(values.page, values.offset, values.count, coder);
  else codes = toCodes(values.data, decoder, coder);
  return scatter(out, at, page, codes);
}
