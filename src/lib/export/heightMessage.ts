/** What embed.html posts to the page around its frame, so the frame can fit the chart. */
export interface HeightMessage {
  type: 'tradelens:height';
  /** CSS pixels, a whole number. */
  height: number;
}

export const HEIGHT_MESSAGE_TYPE = 'tradelens:height';
/** No chart is taller; a bigger number is a bug or a hostile page, and is ignored. */
export const MAX_EMBED_HEIGHT = 10000;

/** The message embed.html posts: its content height, rounded up, within bounds. */
export function heightMessage(height: number): HeightMessage {
  const h = Number.isFinite(height)
    ? Math.min(MAX_EMBED_HEIGHT, Math.max(0, Math.ceil(height)))
    : 0;
  return { type: HEIGHT_MESSAGE_TYPE, height: h };
}

/** True only for a well-formed height message; anything else a page might post is ignored. */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, height } = data as Record<string, unknown>;
  return (
    type === HEIGHT_MESSAGE_TYPE &&
    typeof height === 'number' &&
    Number.isInteger(height) &&
    height > 0 &&
    height <= MAX_EMBED_HEIGHT
  );
}
