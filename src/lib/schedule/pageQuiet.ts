import { nextTask } from './nextTask';

/**
 * An idle period at least this long: the browser gives one only when no frame is due (a
 * frame's idle time is at most 16 ms), so nothing is left to draw.
 */
export const QUIET_MS = 40;

/**
 * Resolves once the page is quiet: in an idle period of QUIET_MS or more, after what it was
 * drawing is drawn (at most `timeout` ms from now); in the next task where the browser has no
 * idle callbacks.
 */
export function pageQuiet(timeout = 2000): Promise<void> {
  if (typeof requestIdleCallback !== 'function') return nextTask();
  const start = performance.now();
  return new Promise((go) => {
    const check = (deadline: IdleDeadline) => {
      if (deadline.timeRemaining() >= QUIET_MS || performance.now() - start >= timeout) go();
      else
        requestIdleCallback(check, { timeout: Math.max(1, timeout - (performance.now() - start)) });
    };
    requestIdleCallback(check, { timeout });
  });
}
