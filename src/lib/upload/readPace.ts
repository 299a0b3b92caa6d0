/** A read's progress (the share of it done) as time goes by, and how long its rest should take. */
export interface ReadPace {
  /** Notes that `share` of the read is done now. */
  mark(share: number): void;
  /** Milliseconds the rest should take, at the pace of the later half of the time so far. */
  left(): number;
}

/**
 * How long a read begun at `start` has left, at its recent pace: over the later half of the
 * time so far. Its first moments are left out: a worker just started runs its code cold while
 * its part workers start beside it, and a million-row file chosen as the page opened had a
 * fifth read in 0.6 s and the rest at twice that pace, so the pace from the start foretold
 * twice the time really left.
 */
export function readPace(start: number, now = () => performance.now()): ReadPace {
  const marks = [{ at: start, share: 0 }];
  return {
    mark(share) {
      marks.push({ at: now(), share });
    },
    left() {
      const last = marks[marks.length - 1];
      if (last.share >= 1) return 0;
      const half = start + (last.at - start) / 2;
      let from = marks[0];
      for (const m of marks) if (m.at <= half) from = m;
      const done = last.share - from.share;
      if (done <= 0) return Infinity;
      return ((last.at - from.at) * (1 - last.share)) / done;
    },
  };
}
