/**
 * Work the reader is waiting for (an import under way) holds background work back: on a
 * two-core machine, filling the offline cache or warming a spare worker beside a file's
 * import took a core from it.
 */
let held = 0;
let waiting: (() => void)[] = [];

/** Whether work the reader waits for is under way. */
export const readerWaiting = (): boolean => held > 0;

/** Marks work the reader waits for as begun; the returned function marks it ended (once). */
export function holdBackground(): () => void {
  held++;
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    held--;
    if (held > 0) return;
    const go = waiting;
    waiting = [];
    go.forEach((run) => run());
  };
}

/** Resolves once no work the reader waits for is under way (at once when none is). */
export function backgroundFree(): Promise<void> {
  return held === 0 ? Promise.resolve() : new Promise((go) => waiting.push(go));
}
