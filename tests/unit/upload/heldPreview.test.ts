import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { heldPreview } from '../../../src/lib/upload/heldPreview';
import type { WorkerMessage } from '../../../src/lib/upload/importProtocol';

const message = { type: 'progress', bytesRead: 1, totalBytes: 2, rows: 1 } as WorkerMessage;

describe('heldPreview(post, wait, start)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('posts an offered preview once the import has run `wait` ms, with its buffers', () => {
    const post = vi.fn();
    const buffer = new ArrayBuffer(8);
    const held = heldPreview(post, 1000, performance.now());
    vi.advanceTimersByTime(200);
    held.offer(() => ({ message, transfer: [buffer] }));
    vi.advanceTimersByTime(799);
    expect(post).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(post).toHaveBeenCalledExactlyOnceWith(message, [buffer]);
    expect(held.sent).toBe(1);
  });

  it('posts at once a preview offered after the wait', () => {
    const post = vi.fn();
    const held = heldPreview(post, 1000, performance.now() - 1500);
    held.offer(() => ({ message, transfer: [] }));
    expect(post).toHaveBeenCalledExactlyOnceWith(message, []);
  });

  it('never posts a preview once dropped: the whole table came first', () => {
    const post = vi.fn();
    const held = heldPreview(post, 1000, performance.now());
    held.offer(() => ({ message, transfer: [] }));
    vi.advanceTimersByTime(500);
    held.drop();
    vi.advanceTimersByTime(5000);
    held.offer(() => ({ message, transfer: [] }));
    expect(post).not.toHaveBeenCalled();
    expect(held.sent).toBe(0);
  });
});
