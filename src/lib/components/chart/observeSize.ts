/** A size read off a ResizeObserver entry. */
type Measure = (entry: ResizeObserverEntry) => number;

function observe(node: HTMLElement, set: (size: number) => void, measure: Measure) {
  let current = set;
  const observer = new ResizeObserver((entries) => {
    const entry = entries[entries.length - 1];
    if (entry) current(measure(entry));
  });
  observer.observe(node);
  return {
    update(next: (size: number) => void) {
      current = next;
    },
    destroy() {
      observer.disconnect();
    },
  };
}

/**
 * Svelte action: tells `set` the element's content width whenever it changes. Unlike
 * `bind:clientWidth` it never reads layout itself (that forces a synchronous reflow of the
 * page); the ResizeObserver reports after layout, first when the element is drawn.
 */
export function observeWidth(node: HTMLElement, set: (width: number) => void) {
  return observe(node, set, (e) => e.contentRect.width);
}

/** Svelte action: tells `set` the element's border-box height, as `observeWidth` does its width. */
export function observeHeight(node: HTMLElement, set: (height: number) => void) {
  return observe(node, set, (e) => e.borderBoxSize?.[0]?.blockSize ?? e.contentRect.height);
}
