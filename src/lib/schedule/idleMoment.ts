import { nextTask } from './nextTask';

/**
 * Resolves in the page's next idle moment, so background work waits for what the reader sees
 * (at most `timeout` ms); in the next task where the browser has no idle callbacks.
 */
export function idleMoment(timeout = 1000): Promise<void> {
  if (typeof requestIdleCallback !== 'function') return nextTask();
  return new Promise((go) => requestIdleCallback(() => go(), { timeout }));
}
