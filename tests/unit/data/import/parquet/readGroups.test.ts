import { describe, expect, it, vi } from 'vitest';
import { createParquetSink } from '../../../../../src/lib/data/import/parquet/createParquetSink';
import { readGroups } from '../../../../../src/lib/data/import/parquet/readGroups';
import type { GroupJob } from '../../../../../src/lib/data/import/parquet/readRowGroup';
import type { GroupReader } from '../../../../../src/lib/data/import/parquet/serialGroupReader';

const jobs: GroupJob[] = [0, 1, 2].map((index) => ({
  index,
  rowStart: index * 2,
  rows: 2,
  start: 0,
  end: 0,
  chunks: [],
}));

/** Groups whose text is `g<index>` and `shared`, answered last group first. */
function reverseReader(width: number): GroupReader & { asked: number[] } {
  const asked: number[] = [];
  return {
    width,
    asked,
    read: (job) => {
      asked.push(job.index);
      const column = {
        name: 'Partner',
        numbers: null,
        codes: Int32Array.of(1, 2),
        dictionary: ['', `g${job.index}`, 'shared'],
        unsafe: 0,
      };
      return new Promise((done) => setTimeout(() => done([column]), 30 - job.index * 10));
    },
  };
}

describe('readGroups(jobs, reader, sinks, rows, hooks)', () => {
  it('asks for width groups at once and codes their text in file order', async () => {
    const sink = createParquetSink('Partner', 'text', 6);
    const reader = reverseReader(3);
    const progress: number[] = [];
    const previews: number[] = [];
    const done = await readGroups(jobs, reader, new Map([['Partner', sink]]), 6, {
      onProgress: (read) => progress.push(read),
      preview: (read) => previews.push(read),
    });
    expect(done).toBe(true);
    expect(sink.dictionary).toEqual(['', 'g0', 'shared', 'g1', 'g2']);
    expect([...sink.codes!]).toEqual([1, 2, 3, 2, 4, 2]);
    expect(progress).toEqual([2, 4, 6]);
    expect(previews).toEqual([2]);
  });

  it('asks for the next group only once `between` is done, after each group', async () => {
    const sink = createParquetSink('Partner', 'text', 6);
    const reader = reverseReader(1);
    let go = () => {};
    const between = vi.fn(() => new Promise<void>((resolve) => (go = resolve)));
    const read = readGroups(jobs, reader, new Map([['Partner', sink]]), 6, { between });
    await vi.waitFor(() => expect(between).toHaveBeenCalledTimes(1));
    await new Promise((r) => setTimeout(r, 50));
    expect(reader.asked).toEqual([0]);
    go();
    await vi.waitFor(() => expect(between).toHaveBeenCalledTimes(2));
    expect(reader.asked).toEqual([0, 1]);
    go();
    await vi.waitFor(() => expect(between).toHaveBeenCalledTimes(3));
    go();
    expect(await read).toBe(true);
    expect(reader.asked).toEqual([0, 1, 2]);
    expect([...sink.codes!]).toEqual([1, 2, 3, 2, 4, 2]);
  });

  it('stops between groups when cancelled, and a failing group rejects in its turn', async () => {
    const sink = createParquetSink('Partner', 'text', 6);
    let calls = 0;
    const cancelled = () => ++calls > 2;
    expect(
      await readGroups(jobs, reverseReader(1), new Map([['Partner', sink]]), 6, { cancelled }),
    ).toBe(false);
    const failing: GroupReader = {
      ...reverseReader(2),
      read: () => Promise.reject(new Error('bad page')),
    };
    await expect(readGroups(jobs, failing, new Map(), 6, {})).rejects.toThrow('bad page');
  });
});
