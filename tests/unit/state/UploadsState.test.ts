import { describe, expect, it, vi } from 'vitest';
import { defaultChartConfig } from '../../../src/lib/charts/defaults/defaultChartConfig';
import {
  UploadsState,
  type Importer,
  type Storage,
} from '../../../src/lib/state/UploadsState.svelte';
import {
  patchedRecord,
  type StoredTable,
  type TablePatch,
} from '../../../src/lib/storage/tableStore';
import type { ImportDone } from '../../../src/lib/upload/importProtocol';
import { READ_CHUNK, runImport } from '../../../src/lib/upload/runImport';

/** Storage kept in Maps, failing on demand like a full quota. */
function memoryStorage(fail?: string) {
  const tables = new Map<string, StoredTable>();
  const patches = new Map<string, TablePatch>();
  const maybeFail = () => {
    if (fail) throw Object.assign(new Error('nope'), { name: fail });
  };
  const storage: Storage = {
    list: async () => (
      maybeFail(),
      [...tables.values()]
        .filter((r) => !patches.get(r.id)?.deleted)
        .map((r) => patchedRecord(r, patches.get(r.id)))
    ),
    remove: async (id) => void (tables.delete(id), patches.delete(id)),
    patch: async (p) => (maybeFail(), void patches.set(p.id, p)),
    save: async (r) => (maybeFail(), void tables.set(r.id, r)),
  };
  /** Runs the real import on this thread and saves as the worker does. */
  const importer: Importer = (request, onmessage) => {
    let done: ImportDone | null = null;
    const save = async (table: StoredTable['table']) => {
      try {
        maybeFail();
        tables.set(request.saveAs!, { id: request.saveAs!, savedAt: '', table });
        return undefined;
      } catch {
        return 'storage is full';
      }
    };
    const result = runImport(
      // Previews at once, whatever the speed of the host.
      { type: 'import', ...request, previewAfterMs: 0 },
      (m) => (m.type === 'done' ? (done = m) : onmessage(m)),
      () => false,
      READ_CHUNK,
      save,
    ).then(() => done);
    // The page hears of the saving after the table, as from the worker.
    return { result, cancel() {} };
  };
  return { storage, importer, tables, patches };
}

const csv = () => new Blob(['year,value\n2020,1\n']);

describe('UploadsState', () => {
  it('importFile(file) adds the table with its chart, kept by the importer; restore() brings it back', async () => {
    const m = memoryStorage();
    const uploads = new UploadsState(m.importer, m.storage);
    const d = await uploads.importFile(csv(), 'a.csv');
    expect(d?.table.rowCount).toBe(1);
    expect(d?.config?.y).toEqual(['value']);
    expect(uploads.datasets).toHaveLength(1);
    expect(m.tables.size).toBe(1);
    const later = new UploadsState(m.importer, m.storage);
    await later.restore();
    expect(later.datasets.map((x) => x.table.name)).toEqual(['a.csv']);
  });

  it('importFile(file) says it charted the file, or that it has nothing to chart, never both', async () => {
    const m = memoryStorage();
    const uploads = new UploadsState(m.importer, m.storage);
    await uploads.importFile(csv(), 'a.csv');
    expect(uploads.announcement).toBe('a.csv: charted below, 1 row.');
    await uploads.importFile(new Blob(['country,value\nA,x\nB,"y\n']), 'q.csv');
    expect(uploads.announcement).toBe(
      'q.csv: read, 2 rows, but there is nothing to chart; see below why.',
    );
  });

  it('importFile(bad file) says what is wrong and keeps what was there', async () => {
    const m = memoryStorage();
    const uploads = new UploadsState(m.importer, m.storage);
    await uploads.importFile(csv(), 'a.csv');
    await uploads.importFile(new Blob([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0])]), 'b.xls');
    expect(uploads.error).toMatch(/^b\.xls: .*CSV/);
    expect(uploads.datasets).toHaveLength(1);
  });

  it('says so when storage is full, and still shows the table', async () => {
    const m = memoryStorage('QuotaExceededError');
    const uploads = new UploadsState(m.importer, m.storage);
    await uploads.importFile(csv(), 'a.csv');
    expect(uploads.datasets).toHaveLength(1);
    expect(uploads.storageMessage).toBe('storage is full');
  });

  it('setRole and setCitation change the table and are kept as a patch; remove deletes both', async () => {
    const m = memoryStorage();
    const uploads = new UploadsState(m.importer, m.storage);
    const d = (await uploads.importFile(csv(), 'a.csv'))!;
    uploads.setRole(d.id, 'value', 'note');
    uploads.setCitation(d.id, { id: 'file', kind: 'dataset', publisher: 'P', title: 'T' });
    const t = uploads.datasets[0].table;
    expect(t.columns.find((c) => c.name === 'value')?.role).toBe('note');
    expect(t.provenance.citations[0]).toMatchObject({ publisher: 'P', title: 'T' });
    await Promise.resolve();
    expect(m.patches.get(d.id)).toMatchObject({
      roles: { value: 'note' },
      citation: { title: 'T' },
    });
    const later = new UploadsState(m.importer, m.storage);
    await later.restore();
    expect(later.datasets[0].table.provenance.citations[0].title).toBe('T');
    uploads.remove(d.id);
    expect(uploads.datasets).toEqual([]);
    await uploads.finishRemoval();
    expect(m.tables.size + m.patches.size).toBe(0);
  });

  it('remove offers Undo: the table comes back where it was, and is deleted only after', async () => {
    vi.useFakeTimers();
    try {
      const m = memoryStorage();
      const uploads = new UploadsState(m.importer, m.storage);
      const a = (await uploads.importFile(csv(), 'a.csv'))!;
      const b = (await uploads.importFile(csv(), 'b.csv'))!;
      uploads.remove(a.id);
      expect(uploads.datasets.map((d) => d.id)).toEqual([b.id]);
      expect(uploads.removed?.dataset.id).toBe(a.id);
      expect(m.tables.has(a.id)).toBe(true);
      // Marked at once: a reload now does not bring it back.
      await vi.advanceTimersByTimeAsync(0);
      const meanwhile = new UploadsState(m.importer, m.storage);
      await meanwhile.restore();
      expect(meanwhile.datasets.map((d) => d.id)).toEqual([b.id]);
      uploads.undoRemove();
      await vi.advanceTimersByTimeAsync(0);
      const after = new UploadsState(m.importer, m.storage);
      await after.restore();
      expect(after.datasets.map((d) => d.id)).toEqual([a.id, b.id]);
      expect(uploads.datasets.map((d) => d.id)).toEqual([a.id, b.id]);
      expect(uploads.removed).toBeNull();
      uploads.remove(b.id);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(uploads.removed).toBeNull();
      expect(m.tables.has(b.id)).toBe(false);
      expect(m.tables.has(a.id)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('setChart keeps the chart as left (series, view, edits) and restore brings it back', async () => {
    vi.useFakeTimers();
    try {
      const m = memoryStorage();
      const uploads = new UploadsState(m.importer, m.storage);
      const d = (await uploads.importFile(csv(), 'a.csv'))!;
      const base = uploads.datasets[0].config ?? defaultChartConfig(uploads.datasets[0].table);
      uploads.setChart(d.id, {
        ...base,
        hidden: ['x'],
        edits: { title: 'My title', notes: ['A note'], colors: { value: '#123456' } },
      });
      await vi.advanceTimersByTimeAsync(300);
      expect(m.patches.get(d.id)?.chart).toMatchObject({
        title: 'My title',
        notes: ['A note'],
        hidden: ['x'],
      });
      const later = new UploadsState(m.importer, m.storage);
      await later.restore();
      expect(later.datasets[0].config?.edits).toEqual({
        title: 'My title',
        notes: ['A note'],
        colors: { value: '#123456' },
      });
      expect(later.datasets[0].config?.hidden).toEqual(['x']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows a preview of a large file while the rest is read, then the whole table', async () => {
    const m = memoryStorage();
    const seen: boolean[] = [];
    const watching: Importer = (request, onmessage) =>
      m.importer(request, (msg) => {
        onmessage(msg);
        if (msg.type === 'preview') seen.push(!!uploads.datasets[0]?.partial);
      });
    const uploads = new UploadsState(watching, m.storage);
    const row = 'China,Russia,2020,"1,234.5"\n';
    const big = new Blob([
      'reporter,partner,year,value\n',
      row.repeat(Math.ceil((13 * 2 ** 20) / row.length)),
    ]);
    const d = await uploads.importFile(big, 'big.csv');
    expect(seen).toContain(true);
    expect(d?.partial).toBeUndefined();
    expect(uploads.datasets).toHaveLength(1);
    expect(uploads.datasets[0].table.rowCount).toBeGreaterThan(450_000);
  });
});

describe('UploadsState.saving', () => {
  it('is empty once the importer has said the table is kept', async () => {
    const m = memoryStorage();
    const uploads = new UploadsState(m.importer, m.storage);
    await uploads.importFile(csv(), 'a.csv');
    expect(uploads.saving).toEqual([]);
  });
});
