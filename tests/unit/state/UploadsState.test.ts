import { describe, expect, it, vi } from 'vitest';
import { defaultChartConfig } from '../../../src/lib/charts/defaults/defaultChartConfig';
import {
  UploadsState,
  type Importer,
  type Storage,
} from '../../../src/lib/state/UploadsState.svelte';
import type { TableHead, TablePiece } from '../../../src/lib/storage/tablePieces';
import { joinTable } from '../storage/wholeTable';
import { patchedRecord, type TablePatch } from '../../../src/lib/storage/tableStore';
import { writeTable, type TableSink } from '../../../src/lib/storage/writeTable';
import type { ImportDone } from '../../../src/lib/upload/importProtocol';
import { runImport } from '../../../src/lib/upload/runImport';

/**
 * Storage kept in Maps, written piece by piece as IndexedDB is, failing on demand like a full
 * quota. `hold` keeps each write waiting before its every piece until `go()` is called.
 */
function memoryStorage(fail?: string, hold = false) {
  const heads = new Map<string, { id: string; savedAt: string; head: TableHead }>();
  const pieces = new Map<string, TablePiece>();
  const patches = new Map<string, TablePatch>();
  const waiting: (() => void)[] = [];
  const go = () => waiting.splice(0).forEach((run) => run());
  const maybeFail = () => {
    if (fail) throw Object.assign(new Error('nope'), { name: fail });
  };
  const piecesOf = (id: string) => [...pieces.keys()].filter((k) => k.startsWith(`${id}/`));
  const remove = async (id: string) => {
    heads.delete(id);
    patches.delete(id);
    for (const k of piecesOf(id)) pieces.delete(k);
  };
  const sink: TableSink = {
    piece: async ([id, column, array, index], data) => {
      maybeFail();
      pieces.set(`${id}/${column}/${array}/${index}`, { column, array, index, data });
    },
    head: async (record) => void heads.set(record.id, record),
    remove,
  };
  const storage: Storage = {
    list: async () => (
      maybeFail(),
      [...heads.values()]
        .filter((r) => !patches.get(r.id)?.deleted)
        .map((r) => {
          const table = joinTable(
            r.head,
            piecesOf(r.id).map((k) => pieces.get(k)!),
          )!;
          return patchedRecord({ id: r.id, savedAt: r.savedAt, table }, patches.get(r.id));
        })
    ),
    remove,
    patch: async (p) => (maybeFail(), void patches.set(p.id, p)),
    save: (record, steps) =>
      writeTable(record, sink, {
        ...steps,
        pause: () => (hold ? new Promise((run) => waiting.push(run)) : Promise.resolve()),
      }),
  };
  /** Runs the real import on this thread. */
  const importer: Importer = (request, onmessage) => {
    let done: ImportDone | null = null;
    const result = runImport(
      // Previews at once, whatever the speed of the host.
      { type: 'import', ...request, previewAfterMs: 0 },
      (m) => (m.type === 'done' ? (done = m) : onmessage(m)),
    ).then(() => done);
    return { result, cancel() {} };
  };
  return { storage, importer, tables: heads, pieces, patches, go };
}

const csv = () => new Blob(['year,value\n2020,1\n']);

describe('UploadsState', () => {
  it('importFile(file) adds the table with its chart, then keeps it; restore() brings it back', async () => {
    const m = memoryStorage();
    const uploads = new UploadsState(m.importer, m.storage);
    const d = await uploads.importFile(csv(), 'a.csv');
    expect(d?.table.rowCount).toBe(1);
    expect(d?.config?.y).toEqual(['value']);
    expect(uploads.datasets).toHaveLength(1);
    expect(await uploads.kept(d!.id)).toBe(true);
    expect(m.tables.size).toBe(1);
    const later = new UploadsState(m.importer, m.storage);
    await later.restore();
    expect(later.datasets.map((x) => x.table.name)).toEqual(['a.csv']);
  });

  it('importFile(file) takes the finished table in one task and charts it in the next', async () => {
    const m = memoryStorage();
    let taken: (() => void) | null = null;
    // The importer as the page has it: the table arrives with a message, in a task of its own.
    const importer: Importer = (request, onmessage) => {
      const job = m.importer(request, onmessage);
      const result = job.result.then((done) => {
        taken?.();
        return done;
      });
      return { result, cancel: job.cancel };
    };
    const uploads = new UploadsState(importer, m.storage);
    const arrived = new Promise<void>((go) => (taken = go));
    const imported = uploads.importFile(csv(), 'a.csv');
    await arrived;
    // However many microtasks later, the message's task has not charted the table.
    for (let i = 0; i < 50; i++) await null;
    expect(uploads.datasets).toHaveLength(0);
    expect(uploads.progress).not.toBeNull();
    await imported;
    expect(uploads.datasets).toHaveLength(1);
    expect(uploads.progress).toBeNull();
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
    const d = await uploads.importFile(csv(), 'a.csv');
    expect(await uploads.kept(d!.id)).toBe(false);
    expect(uploads.datasets).toHaveLength(1);
    expect(uploads.storageMessage).toMatch(/storage for this site is full/);
  });

  it('setRole and setCitation change the table and are kept as a patch; remove deletes both', async () => {
    const m = memoryStorage();
    const uploads = new UploadsState(m.importer, m.storage);
    const d = (await uploads.importFile(csv(), 'a.csv'))!;
    await uploads.kept(d.id);
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
      await Promise.all([uploads.kept(a.id), uploads.kept(b.id)]);
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
      await uploads.kept(d.id);
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

describe('UploadsState.saving and kept(id)', () => {
  /** Lets a held write go on, a piece at a time, until `done` says so. */
  async function stepUntil(m: ReturnType<typeof memoryStorage>, done: () => boolean) {
    for (let i = 0; i < 1000 && !done(); i++) {
      m.go();
      await new Promise((next) => setTimeout(next, 0));
    }
  }

  it('lists a table while it is written, piece by piece after importFile returns, and not once kept', async () => {
    const m = memoryStorage(undefined, true);
    const uploads = new UploadsState(m.importer, m.storage);
    const d = (await uploads.importFile(csv(), 'a.csv'))!;
    // The chart is up; nothing is written until the page's next idle moment.
    expect(uploads.saving).toEqual([d.id]);
    expect(m.pieces.size + m.tables.size).toBe(0);
    m.go();
    await new Promise((next) => setTimeout(next, 0));
    expect(m.pieces.size).toBe(1);
    expect(m.tables.size).toBe(0);
    await stepUntil(m, () => uploads.saving.length === 0);
    expect(await uploads.kept(d.id)).toBe(true);
    // Two columns (year, value): one piece each, then the head.
    expect([m.pieces.size, m.tables.size]).toEqual([2, 1]);
    expect(uploads.storageMessage).toBeNull();
  });

  it('stops writing a table deleted meanwhile, and leaves nothing of it kept', async () => {
    const m = memoryStorage(undefined, true);
    const uploads = new UploadsState(m.importer, m.storage);
    const d = (await uploads.importFile(csv(), 'a.csv'))!;
    m.go();
    await new Promise((next) => setTimeout(next, 0));
    expect(m.pieces.size).toBe(1);
    uploads.remove(d.id, 0);
    const removal = uploads.finishRemoval();
    await stepUntil(m, () => uploads.saving.length === 0);
    await removal;
    expect(await uploads.kept(d.id)).toBe(false);
    expect([m.pieces.size, m.tables.size, m.patches.size]).toEqual([0, 0, 0]);
    const later = new UploadsState(m.importer, m.storage);
    await later.restore();
    expect(later.datasets).toEqual([]);
  });

  it('keeps a table whose removal is undone while it is written', async () => {
    const m = memoryStorage(undefined, true);
    const uploads = new UploadsState(m.importer, m.storage);
    const d = (await uploads.importFile(csv(), 'a.csv'))!;
    uploads.remove(d.id);
    uploads.undoRemove();
    await stepUntil(m, () => uploads.saving.length === 0);
    expect(await uploads.kept(d.id)).toBe(true);
    const later = new UploadsState(m.importer, m.storage);
    await later.restore();
    expect(later.datasets.map((x) => x.id)).toEqual([d.id]);
  });
});
