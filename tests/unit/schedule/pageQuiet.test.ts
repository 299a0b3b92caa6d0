import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageQuiet, QUIET_MS } from '../../../src/lib/schedule/pageQuiet';

/** Idle callbacks held until the test runs them with a deadline of `left` ms. */
function fakeIdle() {
  const calls: ((deadline: IdleDeadline) => void)[] = [];
  vi.stubGlobal('requestIdleCallback', (run: (deadline: IdleDeadline) => void) => {
    calls.push(run);
    return calls.length;
  });
  const idle = (left: number) => calls.shift()?.({ timeRemaining: () => left, didTimeout: false });
  return { calls, idle };
}

describe('pageQuiet(timeout)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('waits through the short idle times between frames, for an idle period with no frame due', async () => {
    const { calls, idle } = fakeIdle();
    let done = false;
    const quiet = pageQuiet().then(() => (done = true));
    for (const left of [3, 15, 16, QUIET_MS - 1]) {
      idle(left);
      await Promise.resolve();
      expect(done).toBe(false);
      expect(calls).toHaveLength(1);
    }
    idle(QUIET_MS);
    await quiet;
    expect(done).toBe(true);
  });

  it('resolves at the latest `timeout` ms after it was asked, on a page that never goes quiet', async () => {
    vi.useFakeTimers();
    const { idle } = fakeIdle();
    let done = false;
    const quiet = pageQuiet(500).then(() => (done = true));
    idle(16);
    vi.advanceTimersByTime(400);
    idle(16);
    await Promise.resolve();
    expect(done).toBe(false);
    vi.advanceTimersByTime(100);
    idle(16);
    await quiet;
    expect(done).toBe(true);
  });

  it('resolves in a later task where there are no idle callbacks', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    let done = false;
    const quiet = pageQuiet().then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    await quiet;
    expect(done).toBe(true);
  });
});
