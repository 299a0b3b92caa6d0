import { describe, expect, it, vi } from 'vitest';
import type { HeldPreview } from '../../../src/lib/upload/heldPreview';
import { stepAside } from '../../../src/lib/upload/stepAside';

/** A held preview that counts what it has posted, as the reader sees it. */
const posting = () => ({ sent: 0 }) as { sent: number } & HeldPreview;

describe('stepAside', () => {
  it('stepAside(preview, drawn) waits for the page once per preview posted, never twice', async () => {
    const preview = posting();
    const drawn = vi.fn(() => Promise.resolve());
    const aside = stepAside(preview, drawn);
    await aside();
    expect(drawn).not.toHaveBeenCalled();
    preview.sent = 1;
    await aside();
    await aside();
    expect(drawn).toHaveBeenCalledTimes(1);
    preview.sent = 3;
    await aside();
    expect(drawn).toHaveBeenCalledTimes(2);
  });

  it('stepAside(preview) goes straight on where the page does not say when it has drawn', async () => {
    const preview = posting();
    const aside = stepAside(preview);
    preview.sent = 1;
    await expect(aside()).resolves.toBeUndefined();
  });
});
