import { describe, expect, it } from 'vitest';
import {
  backgroundFree,
  holdBackground,
  readerWaiting,
} from '../../../src/lib/schedule/readerWaiting';

describe('holdBackground()', () => {
  it('holds background work back until every hold is released, each once', async () => {
    expect(readerWaiting()).toBe(false);
    const first = holdBackground();
    const second = holdBackground();
    expect(readerWaiting()).toBe(true);
    let free = false;
    const waiting = backgroundFree().then(() => (free = true));
    first();
    // Released twice, the first hold does not release the second.
    first();
    await Promise.resolve();
    expect(readerWaiting()).toBe(true);
    expect(free).toBe(false);
    second();
    await waiting;
    expect(free).toBe(true);
    expect(readerWaiting()).toBe(false);
  });

  it('backgroundFree() resolves at once when nothing is held', async () => {
    let free = false;
    await backgroundFree().then(() => (free = true));
    expect(free).toBe(true);
  });
});
