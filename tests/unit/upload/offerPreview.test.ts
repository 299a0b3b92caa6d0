import { describe, expect, it } from 'vitest';
import { worthPreview } from '../../../src/lib/upload/offerPreview';

describe('worthPreview(elapsed, share, wait)', () => {
  it('is true while at least the wait is still to go at the pace so far', () => {
    // A tenth read in a second: nine more to go.
    expect(worthPreview(1000, 0.1, 1000)).toBe(true);
    expect(worthPreview(1000, 0.5, 1000)).toBe(true);
    // Four fifths read in a second: a quarter of a second to go.
    expect(worthPreview(1000, 0.8, 1000)).toBe(false);
    expect(worthPreview(1000, 1, 1000)).toBe(false);
    expect(worthPreview(0, 0.01, 0)).toBe(true);
  });
});
