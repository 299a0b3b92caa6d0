import { describe, expect, it } from 'vitest';
import { readPace } from '../../../src/lib/upload/readPace';

/** A pace whose clock reads each mark's time in turn. */
function paced(marks: [at: number, share: number][]) {
  let now = 0;
  const pace = readPace(0, () => now);
  for (const [at, share] of marks) {
    now = at;
    pace.mark(share);
  }
  return pace;
}

describe('readPace(start, now)', () => {
  it('at a steady pace, foretells the rest at that pace', () => {
    // A tenth every 100 ms: at 400 ms, six tenths to go take 600 ms.
    const pace = paced([
      [100, 0.1],
      [200, 0.2],
      [300, 0.3],
      [400, 0.4],
    ]);
    expect(pace.left()).toBeCloseTo(600);
  });

  it('leaves a slow start out: the pace is that of the later half of the time so far', () => {
    // A cold start: 0.2 in the first 600 ms, then 0.1 every 50 ms. From the start, 0.8 read
    // in 1000 ms would leave 250 ms; the first half's slow start is not the pace of the rest.
    const pace = paced([
      [300, 0.05],
      [600, 0.2],
      [650, 0.3],
      [700, 0.4],
      [750, 0.5],
    ]);
    // Half of 750 ms is 375: from the mark at 300 (0.05), 0.45 in 450 ms, 0.5 to go: 500 ms.
    expect(pace.left()).toBeCloseTo(500);
    // From the start, the same read foretold 750 ms.
    expect(paced([[750, 0.5]]).left()).toBeCloseTo(750);
  });

  it('is 0 once all is read, and endless while nothing has been', () => {
    expect(paced([[500, 1]]).left()).toBe(0);
    expect(paced([[500, 0]]).left()).toBe(Infinity);
    expect(paced([]).left()).toBe(Infinity);
  });
});
