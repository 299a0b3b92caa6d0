import type { ImportProgress } from './importProtocol';

/** Least time between progress reports of a file read in parts (see progressReports). */
export const PROGRESS_MS = 100;

/**
 * How an import tells the page its progress: `report` says where it is now; `reportSoon` says
 * so too, unless `throttled` and it last did less than `every` ms ago. A file read in parts
 * would otherwise redraw the page's progress bar on every thread's chunk, which takes the
 * cores the parts need.
 */
export function progressReports(
  post: (message: ImportProgress) => void,
  totalBytes: number,
  now: () => { bytesRead: number; rows: number },
  throttled: boolean,
  every = PROGRESS_MS,
): { report(): void; reportSoon(): void } {
  let saidAt = -Infinity;
  const report = () => post({ type: 'progress', totalBytes, ...now() });
  return {
    report,
    reportSoon() {
      if (throttled && performance.now() - saidAt < every) return;
      saidAt = performance.now();
      report();
    },
  };
}
