import { parquetWriteBuffer } from 'hyparquet-writer';
import { columnValue } from '../../../../../src/lib/data/columnValue';
import type { Table } from '../../../../../src/lib/data/table';
import { zstdCompress } from './zstdCompress';

/**
 * A Parquet file (written by hyparquet-writer, snappy unless `codec` says zstd) holding a table imported from CSV:
 * numbers as DOUBLE, everything else as its labels in dictionary-encoded strings; with
 * `yearsAsInt`, columns whose labels are all years are INT32, as an engine would write them.
 */
export function writeParquetTwin(
  table: Table,
  {
    yearsAsInt = false,
    rowGroupSize = 1000,
    codec = 'SNAPPY' as 'SNAPPY' | 'ZSTD' | 'UNCOMPRESSED',
  } = {},
): Uint8Array<ArrayBuffer> {
  const columnData = table.columns.map((c) => {
    const data = Array.from({ length: table.rowCount }, (_, r) => columnValue(c, r));
    if (c.type === 'number') return { name: c.name, data, type: 'DOUBLE' as const };
    const years = data.every((v) => v === null || /^\d{4}$/.test(String(v)));
    if (yearsAsInt && years)
      return {
        name: c.name,
        data: data.map((v) => (v === null ? null : Number(v))),
        type: 'INT32' as const,
      };
    return {
      name: c.name,
      data: data.map((v) => (v === null ? null : String(v))),
      type: 'STRING' as const,
    };
  });
  const compressors = { ZSTD: zstdCompress };
  return new Uint8Array(parquetWriteBuffer({ columnData, rowGroupSize, codec, compressors }));
}
