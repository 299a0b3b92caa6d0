import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IMPORT_AT_ONCE } from '../../../src/lib/upload/importerReady';

/** Stand-ins for the page's Worker and idle callbacks: the workers started, and their messages. */
class FakeWorker {
  static started: FakeWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  posted: { type: string }[] = [];
  terminated = false;
  name?: string;
  constructor(_url: URL, options?: WorkerOptions) {
    this.name = options?.name;
    FakeWorker.started.push(this);
  }
  postMessage(message: { type: string }) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  /** The worker says something to the page. */
  say(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
}

const request = { file: new Blob(['a,b\n1,2\n']), name: 'f.csv', accessed: '2026-12-05' };
const done = { type: 'done', ok: false, error: 'no' };

/** The module afresh (its spare and imports under way are its own state), with the stand-ins. */
async function fresh() {
  vi.resetModules();
  FakeWorker.started = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('navigator', { hardwareConcurrency: 2 });
  vi.stubGlobal('requestIdleCallback', (go: () => void) => setTimeout(go, 0));
  return (await import('../../../src/lib/upload/importInWorker')).importInWorker;
}

describe('importInWorker(request, onmessage)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('starts a spare worker once the page is idle, and imports with it', async () => {
    const importer = await fresh();
    importer.prepare!();
    await vi.runAllTimersAsync();
    expect(FakeWorker.started).toHaveLength(1);
    const spare = FakeWorker.started[0];
    // A spare warms up: it has no name that says otherwise.
    expect(spare.name).toBeUndefined();
    const job = importer(request, () => {});
    expect(FakeWorker.started).toHaveLength(1);
    expect(spare.posted).toEqual([expect.objectContaining({ type: 'import', name: 'f.csv' })]);
    spare.say(done);
    expect(await job.result).toEqual(done);
    expect(spare.terminated).toBe(true);
  });

  it('starts no spare while an import runs, and starts one once it has ended', async () => {
    const importer = await fresh();
    // A file chosen before the page fell idle: the import has a worker of its own.
    const job = importer(request, () => {});
    // Started for the file, it is named so that it never warms up (see serveImports).
    expect(FakeWorker.started[0].name).toBe(IMPORT_AT_ONCE);
    importer.prepare!();
    await vi.runAllTimersAsync();
    expect(FakeWorker.started).toHaveLength(1);
    FakeWorker.started[0].say(done);
    await job.result;
    await vi.runAllTimersAsync();
    expect(FakeWorker.started).toHaveLength(2);
    expect(FakeWorker.started[1].terminated).toBe(false);
  });

  it('counts a cancelled import as ended once, however often it ends', async () => {
    const importer = await fresh();
    importer.prepare!();
    await vi.runAllTimersAsync();
    const first = importer(request, () => {});
    first.cancel();
    // The worker's own last word after Cancel changes nothing.
    FakeWorker.started[0].say(done);
    await vi.runAllTimersAsync();
    expect(FakeWorker.started).toHaveLength(2);
    // The next import still counts: a file expected meanwhile starts no spare beside it.
    importer(request, () => {});
    importer.expect!();
    await vi.runAllTimersAsync();
    expect(FakeWorker.started).toHaveLength(2);
  });
});
