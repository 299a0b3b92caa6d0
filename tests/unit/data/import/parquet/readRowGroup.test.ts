import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { describe, expect, it } from 'vitest';
import { groupJobs, type ReadColumn } from '../../../../../src/lib/data/import/parquet/groupJobs';
import { parquetColumnKinds } from '../../../../../src/lib/data/import/parquet/parquetColumnKinds';
import { readRowGroup } from '../../../../../src/lib/data/import/parquet/readRowGroup';

const root = resolve(import.meta.dirname, '../../../../..');

// Written by other engines than the tests' own writer: version 1 pages (Arrow, parquet-mr),
// delta encodings, RLE booleans, decimals, unsigned integers, timestamps; see the fixtures' README.
const FILES = [
  'decimal-column.parquet',
  'issue23.parquet',
  'datapage_v2.snappy.parquet',
  'delta_encoding_optional_column.parquet',
  'rle_boolean_encoding.parquet',
  'duckdb5533.parquet',
  'signs.parquet',
];

/** A value as the table holds it: a number (NaN missing), or text ('' missing). */
const asNumber = (v: unknown) =>
  typeof v === 'number'
    ? v
    : typeof v === 'bigint'
      ? Number(v)
      : v instanceof Date
        ? v.getTime()
        : NaN;
const asText = (v: unknown) =>
  typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v);

describe('readRowGroup(bytes, job, compressors)', () => {
  for (const name of FILES) {
    it(`gives the values hyparquet's row reader gives: ${name}`, async () => {
      const file = readFileSync(resolve(root, 'tests/fixtures/parquet', name));
      const buffer = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength);
      const metadata = parquetMetadata(buffer);
      const elements = parquetSchema(metadata).children.map((c) => c.element);
      const columns: ReadColumn[] = parquetColumnKinds(parquetSchema(metadata)).flatMap((p, i) =>
        p.kind ? [{ name: p.name, kind: p.kind, element: elements[i] }] : [],
      );
      expect(columns.length).toBeGreaterThan(0);
      const rows = await parquetReadObjects({
        file: buffer,
        compressors,
        columns: columns.map((c) => c.name),
      });
      for (const job of groupJobs(metadata, columns, rows.length)) {
        const read = readRowGroup(
          new Uint8Array(buffer.slice(job.start, job.end)),
          job,
          compressors,
        );
        const part = rows.slice(job.rowStart, job.rowStart + job.rows);
        for (const [c, column] of read.entries()) {
          const expected = part.map((r) => r[columns[c].name]);
          if (column.codes) {
            expect([...column.codes].map((k) => column.dictionary[k])).toEqual(
              expected.map(asText),
            );
          } else expect([...column.numbers!]).toEqual(expected.map(asNumber));
        }
      }
    });
  }
});
