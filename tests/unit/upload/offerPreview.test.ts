import { describe, expect, it } from 'vitest';
import { worthPreview } from '../../../src/lib/upload/offerPreview';

describe('worthPreview(left, wait)', () => {
  it('is true while at least twice the wait is still to go', () => {
    expect(worthPreview(9000, 1000)).toBe(true);
    expect(worthPreview(2000, 1000)).toBe(true);
    // The whole table comes a second later: no preview before it.
    expect(worthPreview(1000, 1000)).toBe(false);
    expect(worthPreview(250, 1000)).toBe(false);
    expect(worthPreview(0, 1000)).toBe(false);
    // No progress yet: the rest may take any time.
    expect(worthPreview(Infinity, 1000)).toBe(true);
  });
});
