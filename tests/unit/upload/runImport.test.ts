import { parquetWriteBuffer } from 'hyparquet-writer';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { importCsv } from '../../../src/lib/data/import';
import type { ImportDone, WorkerMessage } from '../../../src/lib/upload/importProtocol';
import { PREVIEW_AFTER, READ_CHUNK, runImport } from '../../../src/lib/upload/runImport';
import { PROGRESS_MS } from '../../../src/lib/upload/progressReports';
import type { PartReader, PartReading } from '../../../src/lib/upload/partReader';
import { warmUpLongCsv } from '../../../src/lib/upload/warmUpSamples';
import { createCsvImporter } from '../../../src/lib/data/import';
import { tableContent } from '../data/import/importHelpers';
import { writeParquetTwin } from '../data/import/parquet/writeParquetTwin';
import { writeWorkbook } from '../data/import/workbook/writeWorkbook';

/** A Parquet file past PREVIEW_AFTER, in row groups of 400,000 rows: Year, and Exports = row / 2. */
function bigParquet() {
  const n = Math.ceil(PREVIEW_AFTER / 8) + 50_000;
  const year = Int32Array.from({ length: n }, (_, i) => 1990 + (i % 30));
  const exports = Float64Array.from({ length: n }, (_, i) => i / 2);
  const bytes = parquetWriteBuffer({
    columnData: [
      { name: 'Year', data: year, type: 'INT32' },
      { name: 'Exports', data: exports, type: 'DOUBLE' },
    ],
    rowGroupSize: 400_000,
    codec: 'UNCOMPRESSED',
  });
  return { n, bytes };
}

/**
 * Starts an import whose page has not yet drawn its preview: `drawn` resolves only once `go`
 * is called.
 */
function runUndrawn(file: Blob, name: string) {
  const messages: WorkerMessage[] = [];
  const held = { go: () => {} };
  const drawn = vi.fn(() => new Promise<void>((resolve) => (held.go = resolve)));
  const request = {
    type: 'import' as const,
    file,
    name,
    accessed: '2026-12-05',
    previewAfterMs: 0,
  };
  const push = (m: WorkerMessage) => void messages.push(m);
  const read = runImport(request, push, undefined, READ_CHUNK, undefined, drawn);
  return { messages, drawn, read, go: () => held.go() };
}

async function run(
  file: Blob,
  name = 'f.csv',
  cancelled?: () => boolean,
  parts?: PartReading,
  previewAfterMs = 0,
) {
  const messages: WorkerMessage[] = [];
  const transfers: Transferable[][] = [];
  await runImport(
    { type: 'import', file, name, accessed: '2026-11-27', previewAfterMs },
    (m, t = []) => {
      messages.push(m);
      transfers.push(t);
    },
    cancelled,
    READ_CHUNK,
    parts,
  );
  return { messages, transfers, done: messages.at(-1) as ImportDone | undefined };
}

describe('runImport(request, post)', () => {
  it('reports progress in bytes and ends with the table, its buffers transferred', async () => {
    const csv = 'year,value\n2020,1.5\n2021,2.5\n';
    const { messages, transfers, done } = await run(new Blob([csv]));
    expect(messages[0]).toMatchObject({
      type: 'progress',
      bytesRead: csv.length,
      totalBytes: csv.length,
    });
    expect(done).toMatchObject({ type: 'done', ok: true, reshaped: false });
    if (!done?.ok) throw new Error('expected a table');
    expect(done.table.rowCount).toBe(2);
    const value = done.table.columns.find((c) => c.name === 'value');
    expect(value?.type === 'number' && Array.from(value.values)).toEqual([1.5, 2.5]);
    expect(transfers.at(-1)?.length).toBeGreaterThan(0);
    expect(transfers.at(-1)?.every((b) => b instanceof ArrayBuffer)).toBe(true);
  });

  it('makes a wide World Bank file long, reading it in several slices', async () => {
    const bytes = readFileSync(
      'tests/fixtures/real/worldbank/API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv',
    );
    const { messages, done } = await run(new Blob([bytes]), 'wb.csv');
    expect(messages.filter((m) => m.type === 'progress').length).toBe(
      Math.ceil(bytes.length / READ_CHUNK),
    );
    expect(done).toMatchObject({ ok: true, reshaped: true });
    if (!done?.ok) throw new Error('expected a table');
    expect(done.meta.shape).toBe('wide');
    expect(done.table.columns.map((c) => c.name)).toEqual(
      expect.arrayContaining(['Country Name', 'period', 'value']),
    );
  });

  it('ends with a message, not an exception, for a file that cannot be used', async () => {
    const { done } = await run(
      new Blob([new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0])]),
      'x.xlsx',
    );
    expect(done).toMatchObject({ type: 'done', ok: false });
    expect(done && !done.ok && done.error).toMatch(/CSV/);
  });

  it('posts nothing more once cancelled', async () => {
    const { messages } = await run(new Blob(['a,b\n1,2\n']), 'f.csv', () => true);
    expect(messages).toEqual([]);
  });

  it('previews a large file from its first rows before the first progress report', async () => {
    const note = 'n'.repeat(200);
    const rows = Math.ceil(PREVIEW_AFTER / 220) + 1000;
    const lines = ['year,partner,value,note'];
    for (let i = 0; i < rows; i++) lines.push(`${2000 + (i % 20)},P${i % 7},${i}.5,${note}`);
    const { messages, done } = await run(new Blob([lines.join('\n') + '\n']));
    expect(messages[0].type).toBe('preview');
    const preview = messages[0].type === 'preview' ? messages[0] : null;
    expect(preview?.bytes).toBeLessThan(PREVIEW_AFTER);
    expect(preview?.table.rowCount).toBeGreaterThan(1000);
    expect(preview?.table.rowCount).toBeLessThan(rows);
    expect(preview?.config.x).toBe('year');
    expect(messages.filter((m) => m.type === 'preview')).toHaveLength(1);
    expect(done?.ok && done.table.rowCount).toBe(rows);
  });

  it('steps aside once it has posted a preview, and goes on when the page has drawn it', async () => {
    const rows = Math.ceil(PREVIEW_AFTER / 40) + 1000;
    const lines = ['year,partner,value,note'];
    for (let i = 0; i < rows; i++)
      lines.push(`${2000 + (i % 20)},P${i % 7},${i}.5,${'n'.repeat(40)}`);
    const { messages, drawn, read, go } = runUndrawn(new Blob([lines.join('\n') + '\n']), 'f.csv');
    await vi.waitFor(() => expect(drawn).toHaveBeenCalledTimes(1));
    const posted = messages.length;
    expect(messages.at(-1)?.type).toBe('preview');
    await new Promise((r) => setTimeout(r, 50));
    expect(messages).toHaveLength(posted);
    go();
    await read;
    expect(messages.at(-1)).toMatchObject({ type: 'done', ok: true, table: { rowCount: rows } });
    expect(drawn).toHaveBeenCalledTimes(1);
  });

  it('posts no preview of a large file whose whole table comes within the wait', async () => {
    const rows = Math.ceil(PREVIEW_AFTER / 16) + 1000;
    const lines = ['year,partner,value'];
    for (let i = 0; i < rows; i++) lines.push(`${2000 + (i % 20)},P${i % 7},${i}.5`);
    const file = new Blob([lines.join('\n') + '\n']);
    expect(file.size).toBeGreaterThan(PREVIEW_AFTER);
    const { messages, done } = await run(file, 'f.csv', undefined, undefined, 10 * 60_000);
    expect(messages.map((m) => m.type)).not.toContain('preview');
    expect(done?.ok && done.table.rowCount).toBe(rows);
  });
});

describe('runImport(request, post) with other formats, told by their bytes', () => {
  const eurostat = readFileSync('tests/fixtures/real/eurostat/christophergandrud_teina200.tsv');

  it('decompresses a gzipped TSV as it streams, with progress in the file’s bytes', async () => {
    const gz = gzipSync(eurostat);
    const zipped = await run(new Blob([gz]), 'teina200.tsv.gz');
    const plain = await run(new Blob([eurostat]), 'teina200.tsv');
    if (!zipped.done?.ok || !plain.done?.ok) throw new Error('expected tables');
    expect(zipped.done.table.rowCount).toBe(plain.done.table.rowCount);
    expect(zipped.done.table.provenance.file).toMatchObject({ size: gz.length, format: 'gzip' });
    expect(zipped.messages[0]).toMatchObject({ type: 'progress', totalBytes: gz.length });
  });

  it('reads a gzipped workbook as a workbook', async () => {
    const book = writeWorkbook({
      Data: [
        ['Year', 'Exports'],
        [2020, 1.5],
        [2021, 2.5],
      ],
    });
    const gz = gzipSync(book);
    const { done } = await run(new Blob([gz]), 'b.xlsx.gz');
    expect(done).toMatchObject({ ok: true, table: { rowCount: 2 } });
    if (done?.ok)
      expect(done.table.provenance.file).toMatchObject({ size: gz.length, sheet: 'Data' });
  });

  it('says a truncated gzip is truncated', async () => {
    const gz = gzipSync(eurostat);
    const { done } = await run(new Blob([gz.subarray(0, 300)]), 'x.tsv.gz');
    expect(done).toMatchObject({ ok: false, error: expect.stringMatching(/truncated/) });
  });

  it('reads a Parquet file by row groups with progress, and a workbook', async () => {
    const csv = importCsv(readFileSync('tests/fixtures/real/misc/owid_trade-as-share-of-gdp.csv'), {
      name: 'owid.csv',
    });
    if (!csv.ok) throw new Error(csv.error);
    const parquet = await run(
      new Blob([writeParquetTwin(csv.table, { rowGroupSize: 2000 })]),
      'o.parquet',
    );
    if (!parquet.done?.ok) throw new Error('expected a table');
    expect(parquet.done.table.rowCount).toBe(csv.table.rowCount);
    const progress = parquet.messages.filter((m) => m.type === 'progress');
    expect(progress.length).toBeGreaterThan(2);
    const book = writeWorkbook({
      Data: [
        ['Year', 'Exports'],
        [2020, 1.5],
        [2021, 2.5],
      ],
    });
    const xlsx = await run(new Blob([book]), 'b.xlsx');
    expect(xlsx.done).toMatchObject({ ok: true, table: { rowCount: 2 } });
  });

  it('previews a large Parquet file from its first row group, then posts the whole table', async () => {
    const { n, bytes } = bigParquet();
    expect(bytes.byteLength).toBeGreaterThan(PREVIEW_AFTER);
    const { messages, done } = await run(new Blob([bytes]), 'big.parquet');
    const previews = messages.filter((m) => m.type === 'preview');
    expect(previews).toHaveLength(1);
    expect(messages.findIndex((m) => m.type === 'preview')).toBe(1);
    expect(previews[0]).toMatchObject({ table: { rowCount: 400_000 }, config: { x: 'Year' } });
    if (!done?.ok) throw new Error('expected a table');
    expect(done.table.rowCount).toBe(n);
    const exports = done.table.columns.find((c) => c.name === 'Exports');
    expect(exports?.type === 'number' && exports.values[n - 1]).toBe((n - 1) / 2);
  });

  it('steps aside after a Parquet preview, and reads the next row group once it is drawn', async () => {
    const { n, bytes } = bigParquet();
    const { messages, drawn, read, go } = runUndrawn(new Blob([bytes]), 'big.parquet');
    await vi.waitFor(() => expect(drawn).toHaveBeenCalledTimes(1));
    // The first group's progress, then its preview; the next group waits for the page.
    expect(messages.map((m) => m.type)).toEqual(['progress', 'preview']);
    await new Promise((r) => setTimeout(r, 50));
    expect(messages).toHaveLength(2);
    go();
    await read;
    expect(messages.at(-1)).toMatchObject({ type: 'done', ok: true, table: { rowCount: n } });
    expect(drawn).toHaveBeenCalledTimes(1);
  });

  it('stops a Parquet import when cancelled, posting nothing more', async () => {
    const csv = importCsv(readFileSync('tests/fixtures/real/misc/owid_trade-as-share-of-gdp.csv'), {
      name: 'owid.csv',
    });
    if (!csv.ok) throw new Error(csv.error);
    let groups = 0;
    const messages: WorkerMessage[] = [];
    await runImport(
      {
        type: 'import',
        file: new Blob([writeParquetTwin(csv.table, { rowGroupSize: 1000 })]),
        name: 'p.parquet',
        accessed: '2026-11-27',
      },
      (m) => {
        messages.push(m);
        if (m.type === 'progress') groups++;
      },
      () => groups >= 2,
    );
    expect(messages.map((m) => m.type)).toEqual(['progress', 'progress']);
  });
});

describe('runImport(request, post) with API answers and workbook sheets', () => {
  it('reads a World Bank API answer, gzipped or not, as a table', async () => {
    const json = JSON.stringify([
      { page: 1, pages: 1, per_page: 2, total: 2, lastupdated: '2024-06-28' },
      [2021, 2022].map((year, i) => ({
        indicator: { id: 'NE.TRD.GNFS.ZS', value: 'Trade (% of GDP)' },
        country: { id: 'CN', value: 'China' },
        countryiso3code: 'CHN',
        date: String(year),
        value: 37.5 + i,
        decimal: 1,
      })),
    ]);
    for (const file of [new Blob([json]), new Blob([gzipSync(json)])]) {
      const { done } = await run(file, 'wb.json');
      if (!done?.ok) throw new Error('expected a table');
      expect(done.table.rowCount).toBe(2);
      expect(done.table.provenance.fileSource).toMatchObject({ publisher: 'World Bank' });
    }
  });

  it('reads the sheet asked for, and names the others', async () => {
    const book = writeWorkbook({
      Notes: [['About this file'], ['Made for a test']],
      Data: [
        ['Year', 'Exports'],
        [2020, 1.5],
        [2021, 2.5],
      ],
    });
    const messages: WorkerMessage[] = [];
    const request = { type: 'import' as const, file: new Blob([book]), name: 'b.xlsx' };
    await runImport({ ...request, accessed: '2026-12-03', sheet: 'Data' }, (m) => messages.push(m));
    const done = messages.at(-1) as ImportDone;
    if (!done.ok) throw new Error(done.error);
    expect(done.table.provenance.file).toMatchObject({ sheet: 'Data' });
    expect(done.meta.sheets).toEqual(['Notes', 'Data']);
  });
});

describe('runImport(request, post, …, parts)', () => {
  // Past one read (READ_CHUNK): the header is in before the rest is cut.
  const big = new Blob([warmUpLongCsv(60_000)]);
  const reads: number[] = [];
  /** Reads a part here, as a part worker would; `fail` parts end unclean. */
  const here =
    (fail = false): PartReader =>
    (part, plan, options, onProgress) => {
      reads.push(part.size);
      return {
        result: part.arrayBuffer().then((buffer) => {
          const importer = createCsvImporter(options, plan);
          importer.push(new Uint8Array(buffer));
          onProgress(buffer.byteLength, importer.rowCount);
          return fail ? null : importer.endPart();
        }),
        cancel() {},
      };
    };
  const content = (done?: ImportDone) => {
    if (!done?.ok) throw new Error('expected a table');
    return tableContent(done.table);
  };

  it('reads a large file in parts, with progress, and gives the table read whole', async () => {
    expect(big.size).toBeGreaterThan(READ_CHUNK);
    const whole = await run(big, 'big.csv');
    reads.length = 0;
    const prepare = vi.fn();
    const reading = { read: here(), prepare, count: 3, fromBytes: 0 };
    const inParts = await run(big, 'big.csv', undefined, reading);
    expect(reads).toHaveLength(2);
    // The part workers were asked for as the import began: two, beside this thread.
    expect(prepare).toHaveBeenCalledWith(2);
    expect(content(inParts.done)).toEqual(content(whole.done));
    const last = inParts.messages.filter((m) => m.type === 'progress').at(-1);
    expect(last).toMatchObject({ bytesRead: big.size, totalBytes: big.size });
  });

  it('reports the progress of parts at most every PROGRESS_MS, and once all are read', async () => {
    // A clock that moves a tenth of PROGRESS_MS each time it is read.
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (now += PROGRESS_MS / 10));
    // Parts that each tell their progress many times over.
    const chatty: PartReader = (part, plan, options, onProgress) => {
      const read = here()(part, plan, options, () => {});
      for (let i = 1; i <= 50; i++) onProgress(Math.round((part.size * i) / 50), i);
      return read;
    };
    const inParts = await run(big, 'big.csv', undefined, { read: chatty, count: 3, fromBytes: 0 });
    clock.mockRestore();
    const progress = inParts.messages.filter((m) => m.type === 'progress');
    // 100 reports from the parts and those of the start, about one in ten said.
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.length).toBeLessThan(25);
    expect(progress.at(-1)).toMatchObject({ bytesRead: big.size, totalBytes: big.size });
    expect(inParts.done?.ok).toBe(true);
  });

  it('asks for no part workers for a file too small to cut, or a gzipped one', async () => {
    const prepare = vi.fn();
    await run(new Blob(['a,b\n1,2\n']), 'small.csv', undefined, {
      read: here(),
      prepare,
      count: 3,
    });
    await run(new Blob([gzipSync(warmUpLongCsv(100))]), 'g.csv.gz', undefined, {
      read: here(),
      prepare,
      count: 3,
      fromBytes: 0,
    });
    expect(prepare).not.toHaveBeenCalled();
  });

  it('reads the file again whole when a part does not end cleanly', async () => {
    const whole = await run(big, 'big.csv');
    const again = await run(big, 'big.csv', undefined, {
      read: here(true),
      count: 2,
      fromBytes: 0,
    });
    expect(content(again.done)).toEqual(content(whole.done));
  });
});
