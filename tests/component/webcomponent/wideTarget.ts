import { vi } from 'vitest';

// jsdom lays nothing out: this observer reports a 700 px wide box for every element it is given.
class WideObserver {
  constructor(private report: (entries: { contentRect: { width: number } }[]) => void) {}
  observe() {
    queueMicrotask(() => this.report([{ contentRect: { width: 700 } }]));
  }
  disconnect() {}
}

/**
 * A fresh element, alone in the body, that every ResizeObserver sees 700 px wide: where a test
 * mounts `<trade-chart>`'s renderer. Undo with `vi.unstubAllGlobals()`.
 */
export function wideTarget(): HTMLElement {
  vi.stubGlobal('ResizeObserver', WideObserver);
  const target = document.createElement('div');
  document.body.replaceChildren(target);
  return target;
}
