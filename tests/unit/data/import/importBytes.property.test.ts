import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { importBytes, importCsv, type ImportResult } from '../../../../src/lib/data/import';
import { fixtureBytes } from './importHelpers';
import { writeParquetTwin } from './parquet/writeParquetTwin';
import { csvRecords, writeWorkbook } from './workbook/writeWorkbook';

const SEED = 20240516;
const options = { name: 'p.bin', accessed: '2024-05-01', maxBytes: 8 * 1024 * 1024 };

/** A result, never an exception: a table whose columns fit its rows, or a message. */
function expectWellFormed(result: ImportResult) {
  if (result.ok) {
    for (const column of result.table.columns) {
      const length = column.type === 'number' ? column.values.length : column.codes.length;
      expect(length).toBe(result.table.rowCount);
    }
  } else {
    expect(result.error.length).toBeGreaterThan(10);
    expect(result.error).not.toMatch(/failed unexpectedly/);
  }
}

function samples(): Record<string, Uint8Array> {
  const owid = new TextDecoder().decode(fixtureBytes('misc/owid_trade-as-share-of-gdp.csv'));
  const small = owid.split('\n').slice(0, 400).join('\n');
  const csv = importCsv(new TextEncoder().encode(small), { name: 'o.csv' });
  if (!csv.ok) throw new Error(csv.error);
  const dots = fixtureBytes('imf/SamLeBlanc_DOTS_40_China_PR_Mainland_exports.csv');
  return {
    gzip: gzipSync(fixtureBytes('eurostat/christophergandrud_teina200.tsv')),
    parquet: writeParquetTwin(csv.table, { rowGroupSize: 100 }),
    xlsx: writeWorkbook({ Data: csvRecords(new TextDecoder().decode(dots)).slice(0, 40) }),
  };
}

/** Bytes cut short and with some bytes overwritten, at positions drawn from the seed. */
const damage = (length: number) =>
  fc.record({
    cut: fc.integer({ min: 0, max: length }),
    edits: fc.array(
      fc.tuple(fc.integer({ min: 0, max: length - 1 }), fc.integer({ min: 0, max: 255 })),
      {
        maxLength: 8,
      },
    ),
  });

describe('importBytes(corrupted or truncated bytes of each format)', () => {
  for (const [format, bytes] of Object.entries(samples())) {
    it(`never throws for damaged ${format}: a table or a message`, async () => {
      await fc.assert(
        fc.asyncProperty(damage(bytes.length), async ({ cut, edits }) => {
          const damaged = bytes.slice(0, Math.max(cut, 2));
          for (const [at, value] of edits) if (at >= 4 && at < damaged.length) damaged[at] = value;
          expectWellFormed(await importBytes(damaged, options));
        }),
        { seed: SEED, numRuns: 80 },
      );
    }, 60_000);
  }
});
