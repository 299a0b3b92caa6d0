import { afterEach, describe, expect, it, vi } from 'vitest';
import { bringIntoView } from '../../../src/lib/components/upload/bringIntoView';

/** A ResizeObserver the test drives: `grow()` reports a change of size. */
function fakeResizeObserver() {
  const live = new Set<() => void>();
  class Observer {
    constructor(private readonly report: () => void) {}
    observe() {
      live.add(this.report);
    }
    disconnect() {
      live.delete(this.report);
    }
  }
  vi.stubGlobal('ResizeObserver', Observer);
  return { grow: () => live.forEach((report) => report()), watching: () => live.size > 0 };
}

describe('bringIntoView(element, behavior)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('brings the element to the top once it is laid out, again each time it grows', () => {
    const sizes = fakeResizeObserver();
    const element = document.createElement('section');
    const scroll = vi.fn();
    element.scrollIntoView = scroll;
    const stop = bringIntoView(element, 'smooth');
    // Not in the task that added it: the observer's first report comes after its layout.
    expect(scroll).not.toHaveBeenCalled();
    sizes.grow();
    expect(scroll).toHaveBeenCalledWith({ block: 'start', behavior: 'smooth' });
    sizes.grow();
    sizes.grow();
    expect(scroll).toHaveBeenCalledTimes(3);
    stop();
    sizes.grow();
    expect(scroll).toHaveBeenCalledTimes(3);
  });

  it('stops once the reader scrolls with the wheel, presses a key or touches the page', () => {
    for (const type of ['wheel', 'keydown', 'touchstart', 'pointerdown']) {
      const sizes = fakeResizeObserver();
      const element = document.createElement('section');
      element.scrollIntoView = vi.fn();
      bringIntoView(element, 'instant');
      expect(sizes.watching()).toBe(true);
      window.dispatchEvent(new Event(type));
      expect(sizes.watching()).toBe(false);
    }
  });

  it('brings it at once where there is no ResizeObserver', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    const element = document.createElement('section');
    const scroll = vi.fn();
    element.scrollIntoView = scroll;
    bringIntoView(element, 'instant');
    expect(scroll).toHaveBeenCalledWith({ block: 'start', behavior: 'instant' });
  });

  it('stops after a while on its own', () => {
    vi.useFakeTimers();
    const sizes = fakeResizeObserver();
    const element = document.createElement('section');
    element.scrollIntoView = vi.fn();
    bringIntoView(element, 'instant', 1000);
    vi.advanceTimersByTime(999);
    expect(sizes.watching()).toBe(true);
    vi.advanceTimersByTime(1);
    expect(sizes.watching()).toBe(false);
  });
});
