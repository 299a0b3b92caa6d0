import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTask } from '../../../src/lib/schedule/nextTask';

describe('nextTask()', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('resolves in a later task, after the microtasks already queued', async () => {
    const order: string[] = [];
    const turn = nextTask().then(() => order.push('task'));
    void Promise.resolve().then(() => order.push('microtask'));
    await turn;
    expect(order).toEqual(['microtask', 'task']);
  });

  it('falls back to a timeout where there is no MessageChannel', async () => {
    vi.stubGlobal('MessageChannel', undefined);
    const timeout = vi.spyOn(globalThis, 'setTimeout');
    await nextTask();
    expect(timeout).toHaveBeenCalled();
    timeout.mockRestore();
  });
});
