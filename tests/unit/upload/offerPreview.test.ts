import { describe, expect, it } from 'vitest';
import { worthPreview } from '../../../src/lib/upload/offerPreview';

describe('worthPreview(elapsed, share, wait)', () => {
  it('is true while at least twice the wait is still to go at the pace so far', () => {
    // A tenth read in a second: nine more to go.
    expect(worthPreview(1000, 0.1, 1000)).toBe(true);
    // A third read in a second: two more to go.
    expect(worthPreview(1000, 1 / 3, 1000)).toBe(true);
    // Half read in a second: the whole table comes a second later, with no preview before it.
    expect(worthPreview(1000, 0.5, 1000)).toBe(false);
    // Four fifths read in a second: a quarter of a second to go.
    expect(worthPreview(1000, 0.8, 1000)).toBe(false);
    expect(worthPreview(1000, 1, 1000)).toBe(false);
    expect(worthPreview(0, 0.01, 0)).toBe(true);
  });
});
