import { describe, expect, it } from 'vitest';
import type { StoredTable } from '../../../src/lib/storage/tableStore';
import {
  UploadsState,
  type Importer,
  type Storage,
} from '../../../src/lib/state/UploadsState.svelte';
import { runImport } from '../../../src/lib/upload/runImport';
import type { ImportDone } from '../../../src/lib/upload/importProtocol';

/** Runs the real import on this thread, as the worker would. */
const inline: Importer = (request, onprogress) => {
  let done: ImportDone | null = null;
  const result = runImport({ type: 'import', ...request }, (m) => {
    if (m.type === 'progress') onprogress(m);
    else done = m;
  }).then(() => done);
  return { result, cancel() {} };
};

/** Storage kept in a Map, failing on demand like a full quota. */
function memoryStorage(fail?: string): Storage & { map: Map<string, StoredTable> } {
  const map = new Map<string, StoredTable>();
  const maybeFail = () => {
    if (fail) throw Object.assign(new Error('nope'), { name: fail });
  };
  return {
    map,
    save: async (r) => (maybeFail(), void map.set(r.id, r)),
    list: async () => (maybeFail(), [...map.values()]),
    remove: async (id) => void map.delete(id),
  };
}

describe('UploadsState', () => {
  it('importFile(file) adds the table and keeps it in storage; restore() brings it back', async () => {
    const storage = memoryStorage();
    const uploads = new UploadsState(inline, storage);
    const d = await uploads.importFile(new Blob(['year,value\n2020,1\n']), 'a.csv');
    expect(d?.table.rowCount).toBe(1);
    expect(uploads.datasets).toHaveLength(1);
    expect(storage.map.size).toBe(1);
    const later = new UploadsState(inline, storage);
    await later.restore();
    expect(later.datasets.map((x) => x.table.name)).toEqual(['a.csv']);
  });

  it('importFile(bad file) says what is wrong and keeps what was there', async () => {
    const uploads = new UploadsState(inline, memoryStorage());
    await uploads.importFile(new Blob(['year,value\n2020,1\n']), 'a.csv');
    await uploads.importFile(new Blob([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0])]), 'b.xls');
    expect(uploads.error).toMatch(/^b\.xls: .*CSV/);
    expect(uploads.datasets).toHaveLength(1);
  });

  it('says so when storage is full, and still shows the table', async () => {
    const uploads = new UploadsState(inline, memoryStorage('QuotaExceededError'));
    await uploads.importFile(new Blob(['year,value\n2020,1\n']), 'a.csv');
    expect(uploads.datasets).toHaveLength(1);
    expect(uploads.storageMessage).toMatch(/full/);
  });

  it('setRole, setCitation and remove change the table and what is stored', async () => {
    const storage = memoryStorage();
    const uploads = new UploadsState(inline, storage);
    const d = (await uploads.importFile(new Blob(['year,value\n2020,1\n']), 'a.csv'))!;
    uploads.setRole(d.id, 'value', 'measure');
    uploads.setCitation(d.id, { id: 'file', kind: 'dataset', publisher: 'P', title: 'T' });
    const t = uploads.datasets[0].table;
    expect(t.columns.find((c) => c.name === 'value')?.role).toBe('measure');
    expect(t.provenance.citations[0]).toMatchObject({ publisher: 'P', title: 'T' });
    await Promise.resolve();
    expect(storage.map.get(d.id)?.table.provenance.citations[0].title).toBe('T');
    await uploads.remove(d.id);
    expect(uploads.datasets).toEqual([]);
    expect(storage.map.size).toBe(0);
  });
});
