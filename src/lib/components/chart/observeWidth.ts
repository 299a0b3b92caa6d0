/**
 * Svelte action: tells `set` the element's content width whenever it changes. Unlike
 * `bind:clientWidth` it never reads layout itself (that forces a synchronous reflow of the
 * page); the ResizeObserver reports after layout, first when the element is drawn.
 */
export function observeWidth(node: HTMLElement, set: (width: number) => void) {
  let current = set;
  const observer = new ResizeObserver((entries) => {
    const width = entries[entries.length - 1]?.contentRect.width;
    if (width !== undefined) current(width);
  });
  observer.observe(node);
  return {
    update(next: (width: number) => void) {
      current = next;
    },
    destroy() {
      observer.disconnect();
    },
  };
}
