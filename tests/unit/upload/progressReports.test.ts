import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROGRESS_MS, progressReports } from '../../../src/lib/upload/progressReports';

describe('progressReports(post, totalBytes, now, throttled)', () => {
  afterEach(() => vi.restoreAllMocks());
  let clock = 0;
  const tick = (ms: number) => (clock += ms);

  it('throttled, reports soon at most every PROGRESS_MS, and always when asked to report now', () => {
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const post = vi.fn();
    let bytesRead = 0;
    const { report, reportSoon } = progressReports(post, 100, () => ({ bytesRead, rows: 1 }), true);
    reportSoon();
    bytesRead = 10;
    tick(PROGRESS_MS / 2);
    reportSoon();
    expect(post).toHaveBeenCalledTimes(1);
    tick(PROGRESS_MS / 2);
    reportSoon();
    expect(post).toHaveBeenCalledTimes(2);
    bytesRead = 100;
    report();
    expect(post).toHaveBeenCalledTimes(3);
    expect(post).toHaveBeenLastCalledWith({
      type: 'progress',
      totalBytes: 100,
      bytesRead: 100,
      rows: 1,
    });
  });

  it('not throttled, reports every time', () => {
    const post = vi.fn();
    const { reportSoon } = progressReports(post, 5, () => ({ bytesRead: 1, rows: 0 }), false);
    for (let i = 0; i < 5; i++) reportSoon();
    expect(post).toHaveBeenCalledTimes(5);
  });
});
