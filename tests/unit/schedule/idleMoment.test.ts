import { afterEach, describe, expect, it, vi } from 'vitest';
import { idleMoment } from '../../../src/lib/schedule/idleMoment';

describe('idleMoment(timeout)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('waits for the browser’s idle callback, at most `timeout` ms', async () => {
    const calls: [() => void, IdleRequestOptions | undefined][] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void, options?: IdleRequestOptions) => {
      calls.push([run, options]);
      return 1;
    });
    let done = false;
    const moment = idleMoment(250).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    expect(calls).toHaveLength(1);
    expect(calls[0][1]).toEqual({ timeout: 250 });
    calls[0][0]();
    await moment;
    expect(done).toBe(true);
  });

  it('resolves in a later task where there are no idle callbacks', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    let done = false;
    const moment = idleMoment().then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    await moment;
    expect(done).toBe(true);
  });
});
