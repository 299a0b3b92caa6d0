import { describe, expect, it, vi } from 'vitest';
import { createCsvImporter, type RawPart } from '../../../src/lib/data/import';
import { findCuts } from '../../../src/lib/upload/findCuts';
import type { PartReader } from '../../../src/lib/upload/partReader';
import {
  FEW_CORES_PARTS_TO_BYTES,
  coldPartCount,
  partCount,
  partsToBytes,
  readsInParts,
  startParts,
} from '../../../src/lib/upload/startParts';

const text = 'a,b\n' + Array.from({ length: 12_000 }, (_, i) => `x${i},${i}`).join('\n') + '\n';
const file = new Blob([text]);

/** Reads a part here, as a part worker would. */
const here: PartReader = (part, plan, options, onProgress) => ({
  result: part.arrayBuffer().then((buffer) => {
    const importer = createCsvImporter(options, plan);
    importer.push(new Uint8Array(buffer));
    onProgress(buffer.byteLength, importer.rowCount);
    return importer.endPart();
  }),
  cancel() {},
});

/** The plan of the file's first 80 KB (past the 64 KB the dialect is told from). */
function planOf(bytes: Uint8Array) {
  const start = createCsvImporter({ name: 'f.csv', accessed: '2026-12-04' });
  start.push(bytes.subarray(0, 80_000));
  const plan = start.partPlan();
  if (!plan) throw new Error('no plan');
  return plan;
}

describe('partCount(cores)', () => {
  it('from four cores: a core each, one left, at most four; two on two or three', () => {
    expect([1, 2, 3, 4, 6, 16].map((n) => partCount(n))).toEqual([1, 2, 2, 3, 4, 4]);
  });
});

describe('coldPartCount(cores)', () => {
  it('leaves a core to the engine: alone on two cores, as partCount from three', () => {
    expect([1, 2, 3, 4, 6, 16].map((n) => coldPartCount(n))).toEqual([1, 1, 2, 3, 4, 4]);
  });
});

describe('partsToBytes(cores)', () => {
  it('below four cores, only a file of moderate size is read in parts', () => {
    expect([2, 3].map((n) => partsToBytes(n))).toEqual([
      FEW_CORES_PARTS_TO_BYTES,
      FEW_CORES_PARTS_TO_BYTES,
    ]);
    expect(partsToBytes(4)).toBe(Infinity);
  });
});

describe('readsInParts(size, count, fromBytes, toBytes)', () => {
  it('cuts a file of at least fromBytes, and at most toBytes, for two parts or more', () => {
    expect(readsInParts(100, 2, 50)).toBe(true);
    expect(readsInParts(100, 1, 50)).toBe(false);
    expect(readsInParts(40, 2, 50)).toBe(false);
    expect(readsInParts(100, 2, 50, 100)).toBe(true);
    expect(readsInParts(101, 2, 50, 100)).toBe(false);
  });
});

describe('findCuts(file, from, parts)', () => {
  it('cuts just after line feeds, past `from`, in order', async () => {
    const cuts = await findCuts(file, 100, 4);
    expect(cuts).toHaveLength(3);
    for (const cut of cuts) expect(text[cut - 1]).toBe('\n');
    expect([...cuts].sort((a, b) => a - b)).toEqual(cuts);
    expect(cuts[0]).toBeGreaterThan(100);
  });

  it('gives the start `startShare` of a part, counted from the first byte', async () => {
    const size = file.size;
    const [cut] = await findCuts(file, 100, 2, 0.5);
    // The start is half as large as the other part: a third of the file.
    expect(Math.abs(cut - size / 3)).toBeLessThan(20);
    const even = await findCuts(file, 100, 3);
    expect(Math.abs(even[0] - size / 3)).toBeLessThan(20);
    expect(Math.abs(even[1] - (2 * size) / 3)).toBeLessThan(20);
  });

  it('shares the rest among the other parts when the start is read past its share', async () => {
    const from = Math.floor(file.size / 2);
    const cuts = await findCuts(file, from, 3, 0.5);
    expect(cuts).toHaveLength(2);
    expect(cuts[0]).toBeGreaterThan(from);
    expect(cuts[0] - from).toBeLessThan(20);
    // The two parts past the start are about as large as each other.
    expect(Math.abs(cuts[1] - cuts[0] - (file.size - cuts[1]))).toBeLessThan(40);
  });

  it('leaves out a cut with no line feed near it', async () => {
    const long = new Blob(['a\n' + 'x'.repeat(300_000) + '\n']);
    expect(await findCuts(long, 2, 2)).toEqual([]);
  });
});

describe('startParts(file, from, plan, options, reading, onProgress)', () => {
  const bytes = new TextEncoder().encode(text);

  it('reads the rest in parts, telling progress, and leaves the start to the caller', async () => {
    const onProgress = vi.fn();
    const parts = await startParts(
      file,
      80_000,
      planOf(bytes),
      { name: 'f.csv', accessed: '2026-12-04' },
      { read: here, count: 3, fromBytes: 0 },
      onProgress,
    );
    if (!parts) throw new Error('no parts');
    const rows = (await parts.results) as RawPart[];
    expect(rows).toHaveLength(2);
    expect(text[parts.end - 1]).toBe('\n');
    expect(parts.bytes).toBe(file.size - parts.end);
    expect(parts.rows).toBe(rows[0].rowCount + rows[1].rowCount);
    expect(onProgress).toHaveBeenCalledTimes(2);
  });

  it('does not cut a small file, or for one core', async () => {
    const plan = planOf(bytes);
    const options = { name: 'f.csv', accessed: '2026-12-04' };
    expect(await startParts(file, 80_000, plan, options, { read: here, count: 3 }, () => {})).toBe(
      null,
    );
    const one = { read: here, count: 1, fromBytes: 0 };
    expect(await startParts(file, 80_000, plan, options, one, () => {})).toBe(null);
    // Nor one larger than toBytes.
    const big = { read: here, count: 3, fromBytes: 0, toBytes: file.size - 1 };
    expect(await startParts(file, 80_000, plan, options, big, () => {})).toBe(null);
  });
});
