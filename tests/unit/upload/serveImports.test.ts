import { describe, expect, it, vi } from 'vitest';
import { IMPORT_AT_ONCE } from '../../../src/lib/upload/importerReady';
import { PREVIEW_AFTER } from '../../../src/lib/upload/runImport';
import { serveImports, STEP_ASIDE_MAX_MS } from '../../../src/lib/upload/serveImports';
import { COLD_START_SHARE, PARTS_FROM_BYTES } from '../../../src/lib/upload/startParts';

/** A stand-in for a worker's global scope: what the worker posts, and a way to message it. */
function fakeScope() {
  const posted: { type: string }[] = [];
  const scope = {
    onmessage: null as ((event: MessageEvent) => void) | null,
    postMessage: (message: { type: string }) => posted.push(message),
  };
  const send = (data: unknown) => scope.onmessage?.({ data } as MessageEvent);
  return { scope: scope as unknown as DedicatedWorkerGlobalScope, posted, send };
}

const request = {
  type: 'import',
  file: new Blob(['year,value\n2021,1\n2022,2\n']),
  name: 'f.csv',
  accessed: '2026-11-27',
};

describe('serveImports(scope, warmUp, parts)', () => {
  /** A file large enough to be read in parts, and a reader of parts that records them. */
  function largeFile() {
    const parts: Blob[] = [];
    const read = vi.fn((part: Blob) => {
      parts.push(part);
      // A part that cannot be read: the file is read again in one go.
      return { result: Promise.resolve(null), cancel() {} };
    });
    const line = '2021,1.5\n';
    const file = new Blob(['year,value\n', line.repeat(Math.ceil(PARTS_FROM_BYTES / line.length))]);
    return { parts, read, file };
  }

  it('warms up after a moment and then says ready', async () => {
    const { scope, posted } = fakeScope();
    const warmUp = vi.fn(async () => {});
    serveImports(scope, warmUp);
    expect(warmUp).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(posted).toEqual([{ type: 'ready' }]));
    expect(warmUp).toHaveBeenCalledTimes(1);
  });

  it('serves a request that comes first, without warming up or saying ready', async () => {
    const { scope, posted, send } = fakeScope();
    const warmUp = vi.fn(async () => {});
    serveImports(scope, warmUp);
    send(request);
    await vi.waitFor(() => expect(posted.at(-1)).toMatchObject({ type: 'done', ok: true }));
    await new Promise((r) => setTimeout(r, 100));
    expect(warmUp).not.toHaveBeenCalled();
    expect(posted.some((m) => m.type === 'ready')).toBe(false);
  });

  it('never warms up in a worker started for a file, however late its request comes', async () => {
    const { scope, posted, send } = fakeScope();
    Object.assign(scope, { name: IMPORT_AT_ONCE });
    const warmUp = vi.fn(async () => {});
    serveImports(scope, warmUp);
    // The page's thread was busy: the request comes well after the warm-up would have begun.
    await new Promise((r) => setTimeout(r, 150));
    expect(warmUp).not.toHaveBeenCalled();
    send(request);
    await vi.waitFor(() => expect(posted.at(-1)).toMatchObject({ type: 'done', ok: true }));
    expect(posted.some((m) => m.type === 'ready')).toBe(false);
  });

  it('stops a warm-up under way when a request comes, and serves it', async () => {
    const { scope, posted, send } = fakeScope();
    let stop: () => boolean = () => false;
    let stoppedWhenAsked = false;
    const warmUp = vi.fn(async (s: () => boolean) => {
      stop = s;
      while (!stop()) await new Promise((r) => setTimeout(r, 5));
      stoppedWhenAsked = true;
    });
    serveImports(scope, warmUp);
    await vi.waitFor(() => expect(warmUp).toHaveBeenCalled());
    send(request);
    await vi.waitFor(() => expect(posted.at(-1)).toMatchObject({ type: 'done', ok: true }));
    await vi.waitFor(() => expect(stoppedWhenAsked).toBe(true));
    expect(posted.some((m) => m.type === 'ready')).toBe(false);
  });

  it('starts warm part workers when a file is expected, and reads the next file with them', async () => {
    const { scope, posted, send } = fakeScope();
    const prepare = vi.fn();
    const read = vi.fn();
    serveImports(scope, undefined, { read, prepare });
    // Two cores: a file read in two parts, its part worker started ahead and warmed up.
    send({ type: 'expect', cores: 2 });
    expect(prepare).toHaveBeenCalledWith(1, true);
    send(request);
    await vi.waitFor(() => expect(posted.at(-1)).toMatchObject({ type: 'done', ok: true }));
    // The small file is read whole; the part workers were asked for only ahead of it.
    expect(prepare).toHaveBeenCalledTimes(1);
    expect(read).not.toHaveBeenCalled();
  });

  it('starts the part workers of a large file that comes unannounced at once, giving the start more to read', async () => {
    const { scope, posted, send } = fakeScope();
    const prepare = vi.fn();
    const { parts, read, file } = largeFile();
    serveImports(scope, undefined, { read, prepare });
    // Three cores: two parts, a core still left to the engine.
    send({ ...request, file, cores: 3 });
    // Asked for as the request comes, before a byte is read: not warmed up.
    expect(prepare).toHaveBeenCalledWith(1);
    await vi.waitFor(() => expect(posted.at(-1)).toMatchObject({ type: 'done', ok: true }), {
      timeout: 20_000,
    });
    expect(parts).toHaveLength(1);
    // The start's share is COLD_START_SHARE of the part's, cut at the next line.
    const planned = (file.size * COLD_START_SHARE) / (1 + COLD_START_SHARE);
    const cut = file.size - parts[0].size;
    expect(cut).toBeGreaterThan(planned);
    expect(cut - planned).toBeLessThanOrEqual('2021,1.5\n'.length);
  });

  it('reads a large file alone on two cores in a worker that has not warmed up', async () => {
    const { scope, posted, send } = fakeScope();
    const prepare = vi.fn();
    const { read, file } = largeFile();
    serveImports(scope, undefined, { read, prepare });
    send({ ...request, file, cores: 2 });
    await vi.waitFor(() => expect(posted.at(-1)).toMatchObject({ type: 'done', ok: true }), {
      timeout: 20_000,
    });
    expect(prepare).not.toHaveBeenCalled();
    expect(read).not.toHaveBeenCalled();
  });

  it('reads a large file in two parts on two cores once its warm-up has run', async () => {
    const { scope, posted, send } = fakeScope();
    const prepare = vi.fn();
    const { read, file } = largeFile();
    serveImports(scope, async () => {}, { read, prepare });
    await vi.waitFor(() => expect(posted).toEqual([{ type: 'ready' }]));
    send({ ...request, file, cores: 2 });
    await vi.waitFor(() => expect(posted.at(-1)).toMatchObject({ type: 'done', ok: true }), {
      timeout: 20_000,
    });
    expect(prepare).toHaveBeenCalledWith(1);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('starts no part worker for an expected file on one core', () => {
    const { scope, send } = fakeScope();
    const prepare = vi.fn();
    serveImports(scope, undefined, { read: vi.fn(), prepare });
    send({ type: 'expect', cores: 1 });
    expect(prepare).not.toHaveBeenCalled();
  });

  it('holds the reader after a preview until the page says it has drawn it', async () => {
    const { scope, posted, send } = fakeScope();
    serveImports(scope);
    const rows = Math.ceil(PREVIEW_AFTER / 40) + 1000;
    const lines = ['year,partner,value,note'];
    for (let i = 0; i < rows; i++)
      lines.push(`${2000 + (i % 20)},P${i % 7},${i}.5,${'n'.repeat(40)}`);
    send({ ...request, file: new Blob([lines.join('\n') + '\n']), previewAfterMs: 0 });
    await vi.waitFor(() => expect(posted.some((m) => m.type === 'preview')).toBe(true), {
      timeout: 5000,
    });
    await new Promise((r) => setTimeout(r, STEP_ASIDE_MAX_MS / 5));
    expect(posted.at(-1)?.type).toBe('preview');
    send({ type: 'drawn' });
    await vi.waitFor(() => expect(posted.at(-1)).toMatchObject({ type: 'done', ok: true }), {
      timeout: 5000,
    });
  });

  it('ignores messages that are not import requests', async () => {
    const { scope, posted, send } = fakeScope();
    serveImports(scope);
    send({ type: 'something else' });
    send(null);
    await new Promise((r) => setTimeout(r, 20));
    expect(posted).toEqual([]);
  });
});
