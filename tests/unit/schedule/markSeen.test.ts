import { afterEach, describe, expect, it, vi } from 'vitest';
import { markSeen } from '../../../src/lib/schedule/markSeen';

describe('markSeen(name, timeout)', () => {
  afterEach(() => {
    vi.useRealTimers();
    performance.clearMarks();
  });

  it('resolves once the mark is set', async () => {
    let seen = false;
    const waiting = markSeen('test:warm', 60_000).then(() => (seen = true));
    await new Promise((go) => setTimeout(go, 10));
    expect(seen).toBe(false);
    performance.mark('test:warm');
    await waiting;
    expect(seen).toBe(true);
  });

  it('resolves at once for a mark already set', async () => {
    performance.mark('test:set');
    await expect(markSeen('test:set', 60_000)).resolves.toBeUndefined();
  });

  it('resolves after `timeout` ms when the mark never comes', async () => {
    vi.useFakeTimers();
    let seen = false;
    const waiting = markSeen('test:never', 10_000).then(() => (seen = true));
    await vi.advanceTimersByTimeAsync(9_999);
    expect(seen).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
    expect(seen).toBe(true);
  });
});
