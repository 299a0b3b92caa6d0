import type { PageHeader } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';
import { decompressPage } from 'hyparquet/src/datapage.js';
import { readPlain } from 'hyparquet/src/plain.js';
import type { TextCoder } from './createTextCoder';
import { decodeDataPage, type PageContext } from './decodeDataPage';
import {
  pageToCodes,
  pageToNumbers,
  toCodes,
  toNumbers,
  type TableDictionary,
} from './pageToTable';

/** Where a column chunk's rows go: numbers, or codes of `coder`'s dictionary. */
export type ChunkTarget =
  { numbers: Float64Array; unsafe: number } | { codes: Int32Array; coder: TextCoder };

function readDictionary(
  header: PageHeader,
  raw: Uint8Array,
  context: PageContext,
  target: ChunkTarget,
): TableDictionary {
  const { decoder } = context;
  const count = header.dictionary_page_header?.num_values ?? 0;
  const page = decompressPage(
    raw,
    Number(header.uncompressed_page_size),
    decoder.codec,
    decoder.compressors,
  );
  const reader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
  const entries = readPlain(reader, decoder.type, count, decoder.element.type_length);
  return 'codes' in target ? toCodes(entries, decoder, target.coder) : toNumbers(entries, decoder);
}

/**
 * Reads the pages of one flat column chunk (`bytes`, from its first page to its end) into a
 * row group's column, `rows` long: each row holds its value, or NaN / code 0 where missing.
 */
export function readColumnChunk(
  bytes: Uint8Array,
  rows: number,
  context: PageContext,
  target: ChunkTarget,
): void {
  const reader = {
    view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    offset: 0,
  };
  let dictionary: TableDictionary = null;
  let at = 0;
  while (at < rows && reader.offset < bytes.byteLength - 1) {
    const header = parquetHeader(reader);
    const size = header.compressed_page_size;
    if (!(size >= 0) || reader.offset + size > bytes.byteLength)
      throw new Error('parquet page runs past its column chunk');
    const raw = bytes.subarray(reader.offset, reader.offset + size);
    reader.offset += size;
    if (header.type === 'DICTIONARY_PAGE') {
      dictionary = readDictionary(header, raw, context, target);
    } else if (header.type === 'DATA_PAGE' || header.type === 'DATA_PAGE_V2') {
      const page = decodeDataPage(header, raw, context);
      if ('codes' in target) {
        at += pageToCodes(page, dictionary, context.decoder, target.coder, target.codes, at);
      } else {
        const written = pageToNumbers(page, dictionary, context.decoder, target.numbers, at);
        at += written.rows;
        target.unsafe += written.unsafe;
      }
    }
  }
}
