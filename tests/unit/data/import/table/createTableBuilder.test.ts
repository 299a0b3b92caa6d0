import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createTableBuilder, sniffDialect } from '../../../../../src/lib/data/import';
import { ACCESSED, fixtureBytes, importOk } from '../importHelpers';

/** The worker's path: sniff the first bytes, let papaparse chunk the text, feed the builder. */
function importWithPapaChunks(bytes: Uint8Array, chunkSize: number) {
  const sniff = sniffDialect(bytes.subarray(0, 64 * 1024), {
    final: bytes.length <= 64 * 1024,
    size: bytes.length,
  });
  if (!sniff.ok) throw new Error(sniff.error);
  const { dialect } = sniff;
  const builder = createTableBuilder(dialect, {
    name: 'f.csv',
    size: bytes.length,
    accessed: ACCESSED,
  });
  const text = new TextDecoder(dialect.encoding).decode(bytes);
  Papa.parse<string[]>(text, {
    delimiter: dialect.delimiter,
    newline: dialect.newline === 'mixed' ? undefined : dialect.newline,
    chunkSize,
    chunk: (result: Papa.ParseResult<string[]>) => builder.addRows(result.data),
    complete: () => {},
  });
  return builder.finish();
}

describe('createTableBuilder', () => {
  it('addRows(papaparse chunks of a real file) builds the same table as importCsv', () => {
    const bytes = fixtureBytes('worldbank/wdi_databank_FDI_15431eec_Data.csv');
    const viaChunks = importWithPapaChunks(bytes, 4096);
    const direct = importOk(bytes, { name: 'f.csv' });
    expect(viaChunks).toEqual(direct);
  });

  it('addRows(rows, firstLine) numbers rows from the line the caller gives', () => {
    const sniff = sniffDialect(new TextEncoder().encode('a,b\n1,2\n'));
    if (!sniff.ok) throw new Error(sniff.error);
    const builder = createTableBuilder(sniff.dialect, { name: 'f.csv', accessed: ACCESSED });
    builder.addRows([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
      ['7', '8'],
    ]);
    builder.addRows([['9', 'oops']], 10);
    expect(builder.rowCount).toBe(5);
    const result = builder.finish();
    expect(result.ok && result.table.issues[0]).toMatchObject({ line: 10, column: 'b' });
  });

  it('touchAhead(rows) touches the room left, slice by slice, and changes no row', () => {
    const sniff = sniffDialect(new TextEncoder().encode('code,year,value\n1,2020,1.5\n'));
    if (!sniff.ok) throw new Error(sniff.error);
    const rows = [
      ['code', 'year', 'value'],
      ...Array.from({ length: 5000 }, (_, i) => [`c${i % 7}`, `${2000 + (i % 20)}`, `${i}.25`]),
    ];
    const build = () => {
      const builder = createTableBuilder(
        sniff.dialect,
        { name: 'f.csv', accessed: ACCESSED },
        20_000,
      );
      builder.addRows(rows);
      return builder;
    };
    const touched = build();
    let calls = 1;
    while (touched.touchAhead(4096)) calls++;
    // Room for the 21,000 rows expected (5 % over 20,000), 5,000 of them stored.
    expect(calls).toBe(Math.ceil((21_000 - 5000) / 4096));
    expect(touched.touchAhead(4096)).toBe(false);
    expect(touched.finish()).toEqual(build().finish());
  });

  it('finish() before the header arrives refuses with a message', () => {
    const sniff = sniffDialect(new TextEncoder().encode('a,b\n1,2\n'));
    if (!sniff.ok) throw new Error(sniff.error);
    expect(createTableBuilder(sniff.dialect, { name: 'f.csv' }).finish()).toMatchObject({
      ok: false,
    });
  });
});
