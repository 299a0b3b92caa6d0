import type { HeldPreview } from './heldPreview';

/**
 * Awaits `drawn` once for each preview posted since the last call: after a preview, the reader
 * steps aside while the page draws it.
 */
export function stepAside(preview: HeldPreview, drawn?: () => Promise<void>) {
  let seen = preview.sent;
  return async () => {
    if (preview.sent === seen) return;
    seen = preview.sent;
    await drawn?.();
  };
}
