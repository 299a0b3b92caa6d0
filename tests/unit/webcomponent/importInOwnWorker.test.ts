import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Importer } from '../../../src/lib/state/UploadsState.svelte';
import type { ImportDone } from '../../../src/lib/upload/importProtocol';
import { importInOwnWorker } from '../../../src/webcomponent/importInOwnWorker';

/** A stand-in for the browser's Worker: records what it is sent; the test plays the worker. */
class FakeWorker {
  static last: FakeWorker | null = null;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { preventDefault(): void }) => void) | null = null;
  posted: unknown[] = [];
  terminated = false;
  constructor(
    readonly url: string,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.last = this;
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  say(data: unknown) {
    this.onmessage?.({ data });
  }
  fail() {
    this.onerror?.({ preventDefault() {} });
  }
}

const DONE: ImportDone = { type: 'done', ok: false, error: 'from the main thread' };
const request = { file: new Blob(['a,b\n1,2\n']), name: 'x.csv', accessed: '2026-11-27' };

function fallback(): Importer & { calls: number } {
  const f = Object.assign(
    (() => {
      f.calls++;
      return { result: Promise.resolve(DONE), cancel: () => {} };
    }) as Importer,
    { calls: 0 },
  );
  return f;
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.last = null;
});

describe('importInOwnWorker(script, fallback)(request, onmessage)', () => {
  it('starts a module worker from the script, sends the request and passes on what it says', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const main = fallback();
    const onmessage = vi.fn();
    const { result } = importInOwnWorker('https://x.test/trade-chart.js', main)(request, onmessage);
    const worker = FakeWorker.last!;
    expect(worker.url).toBe('https://x.test/trade-chart.js');
    expect(worker.options).toEqual({ type: 'module' });
    expect(worker.posted).toEqual([{ type: 'import', ...request }]);
    const progress = { type: 'progress', bytesRead: 4, totalBytes: 8, rows: 1 };
    worker.say(progress);
    const done = { type: 'done', ok: false, error: 'no table' };
    worker.say(done);
    expect(await result).toEqual(done);
    expect(onmessage).toHaveBeenCalledWith(progress);
    expect(worker.terminated).toBe(true);
    expect(main.calls).toBe(0);
  });

  it('imports on the page when no worker can be made (another origin, no Worker at all)', async () => {
    vi.stubGlobal('Worker', function () {
      throw new DOMException('cannot be accessed from origin', 'SecurityError');
    });
    const main = fallback();
    expect(await importInOwnWorker('https://cdn.test/t.js', main)(request, () => {}).result).toBe(
      DONE,
    );
    expect(main.calls).toBe(1);
  });

  it('imports on the page when the worker fails before it says anything (blocked by the page)', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const main = fallback();
    const { result } = importInOwnWorker('t.js', main)(request, () => {});
    FakeWorker.last!.fail();
    expect(await result).toBe(DONE);
    expect(main.calls).toBe(1);
    expect(FakeWorker.last!.terminated).toBe(true);
  });

  it('says the import stopped when the worker fails midway, without running it twice', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const main = fallback();
    const { result } = importInOwnWorker('t.js', main)(request, () => {});
    FakeWorker.last!.say({ type: 'progress', bytesRead: 1, totalBytes: 8, rows: null });
    FakeWorker.last!.fail();
    expect(await result).toEqual({
      type: 'done',
      ok: false,
      error: expect.stringContaining('stopped unexpectedly'),
    });
    expect(main.calls).toBe(0);
  });

  it('cancels by ending the worker and settling with nothing', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { result, cancel } = importInOwnWorker('t.js', fallback())(request, () => {});
    cancel();
    expect(await result).toBeNull();
    expect(FakeWorker.last!.terminated).toBe(true);
  });
});
