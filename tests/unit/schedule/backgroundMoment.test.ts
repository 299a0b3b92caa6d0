import { afterEach, describe, expect, it, vi } from 'vitest';
import { backgroundMoment } from '../../../src/lib/schedule/backgroundMoment';
import { holdBackground } from '../../../src/lib/schedule/readerWaiting';

describe('backgroundMoment(settle, timeout)', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits for an import under way to end, then `settle` ms, then an idle moment', async () => {
    vi.useFakeTimers();
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
    let done = false;
    const release = holdBackground();
    const moment = backgroundMoment(1000).then(() => (done = true));
    // The first idle moment comes while the import runs: the work waits on.
    await vi.waitFor(() => expect(idle).toHaveLength(1));
    idle.shift()!();
    await vi.advanceTimersByTimeAsync(5000);
    expect(done).toBe(false);
    expect(idle).toHaveLength(0);
    release();
    await vi.advanceTimersByTimeAsync(999);
    expect(idle).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(idle).toHaveLength(1);
    idle.shift()!();
    await moment;
    expect(done).toBe(true);
  });

  it('with nothing under way, resolves in the first idle moment', async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
    const moment = backgroundMoment();
    await vi.waitFor(() => expect(idle).toHaveLength(1));
    idle.shift()!();
    await expect(moment).resolves.toBeUndefined();
  });
});
