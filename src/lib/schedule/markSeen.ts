/**
 * Resolves once the user-timing mark `name` is set (at once if it is), or `timeout` ms from
 * now, whichever comes first: a signal from work that may never come (a browser without
 * workers) holds nothing up for ever.
 */
export function markSeen(name: string, timeout: number): Promise<void> {
  if (typeof performance === 'undefined' || performance.getEntriesByName(name).length > 0)
    return Promise.resolve();
  return new Promise((go) => {
    const observer =
      typeof PerformanceObserver === 'function'
        ? new PerformanceObserver((list) => {
            if (list.getEntriesByName(name).length > 0) done();
          })
        : null;
    const timer = setTimeout(() => done(), timeout);
    function done() {
      observer?.disconnect();
      clearTimeout(timer);
      go();
    }
    observer?.observe({ type: 'mark' });
  });
}
