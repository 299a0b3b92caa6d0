import { describe, expect, it } from 'vitest';
import type { Table } from '../../../src/lib/data/table';
import { TableWrites } from '../../../src/lib/state/TableWrites.svelte';
import type { WriteSteps } from '../../../src/lib/storage/writeTable';

const table = { id: 't', rowCount: 0, columns: [] } as unknown as Table;

/** A save that takes `pieces` steps, asking `stopped` before each, or fails with `fail`. */
function fakeSave(pieces: number, fail?: string) {
  const calls: { id: string; steps?: WriteSteps }[] = [];
  const save = async (record: { id: string }, steps?: WriteSteps) => {
    calls.push({ id: record.id, steps });
    for (let i = 0; i < pieces; i++) {
      await new Promise((next) => setTimeout(next, 0));
      if (steps?.stopped?.()) return false;
    }
    if (fail) throw Object.assign(new Error('nope'), { name: fail });
    return true;
  };
  return { save, calls };
}

describe('TableWrites', () => {
  it('write(id, table) lists the table while it is written, then says it is kept', async () => {
    const said: (string | null)[] = [];
    const { save, calls } = fakeSave(3);
    const writes = new TableWrites(save, (m) => said.push(m));
    const write = writes.write('a', table);
    expect(writes.saving).toEqual(['a']);
    // Each piece waits for an idle moment of the page.
    expect(calls[0].steps?.pause).toBeTypeOf('function');
    expect(await write).toBe(true);
    expect(await writes.kept('a')).toBe(true);
    expect(writes.saving).toEqual([]);
    expect(said).toEqual([null]);
  });

  it('write(id, table) says why a table could not be kept', async () => {
    const said: (string | null)[] = [];
    const writes = new TableWrites(fakeSave(1, 'QuotaExceededError').save, (m) => said.push(m));
    expect(await writes.write('a', table)).toBe(false);
    expect(said[0]).toMatch(/storage for this site is full/);
    expect(await writes.kept('a')).toBe(false);
  });

  it('stop(id) stops a write under way, and says nothing of it', async () => {
    const said: (string | null)[] = [];
    const writes = new TableWrites(fakeSave(5).save, (m) => said.push(m));
    const write = writes.write('a', table);
    writes.stop('a');
    expect(await write).toBe(false);
    expect(await writes.kept('a')).toBe(false);
    expect(writes.saving).toEqual([]);
    expect(said).toEqual([]);
  });
});
