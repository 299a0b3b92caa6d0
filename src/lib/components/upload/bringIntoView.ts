/** What ends the keeping in view: the reader scrolling, pressing a key or touching the page. */
const READER = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * Brings `element` to the top of the window, and keeps bringing it there while it grows, for
 * `forMs` at most: a fresh upload's chart is drawn in steps after its block is added, and until
 * then the page may be too short to scroll the block to the top (it stopped two thirds of the
 * way down the window). Stops at once when the reader scrolls, presses a key or touches the
 * page. Returns what stops it. The first bringing waits for the observer's first report, made
 * once the block is laid out: scrolling at once forced that layout inside the task that added
 * the block, the longest of an import's end.
 */
export function bringIntoView(
  element: HTMLElement,
  behavior: ScrollBehavior,
  forMs = 3000,
): () => void {
  const bring = () => element.scrollIntoView({ block: 'start', behavior });
  if (typeof ResizeObserver !== 'function') return (bring(), () => {});
  const observer = new ResizeObserver(bring);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    for (const type of READER) removeEventListener(type, stop, true);
  };
  for (const type of READER) addEventListener(type, stop, { capture: true, passive: true });
  const timer = setTimeout(stop, forMs);
  observer.observe(element);
  return stop;
}
