import type { NumberColumn } from '../../data/table';
import type { Qualifier } from '../spec';

/** Flags that make a value an estimate: estimated, Eurostat estimate, forecast. */
const ESTIMATED = /[esf]/;

/** What a file's flag makes a value: an estimate (drawn dashed), provisional, or neither. */
export function flagQualifier(flag: string | undefined): Qualifier | undefined {
  if (!flag) return undefined;
  return ESTIMATED.test(flag) ? 'estimate' : flag.includes('p') ? 'provisional' : undefined;
}

/**
 * Per slot of a series, 1 where its value is an estimate (its row's flag says so, or a row
 * summed into it, or it lies at or after the slot from which the chart's author marks values as
 * estimates); null when none is. A derived series is derived, not an estimate.
 */
export function estimateSlots(
  s: { column: NumberColumn; rows: Int32Array; estimated?: Uint8Array; derived?: unknown },
  /** The first slot the author marks as an estimate; -1 when they mark none. */
  authorFrom = -1,
): Uint8Array | null {
  const flags = s.column.flags;
  const estimated = flags?.dictionary.map((f) => flagQualifier(f) === 'estimate');
  const author = authorFrom >= 0 && !s.derived;
  if (!author && !estimated?.some(Boolean)) return null;
  const out = new Uint8Array(s.rows.length);
  let any = false;
  for (let i = 0; i < out.length; i++) {
    const r = s.rows[i];
    const flagged = r >= 0 ? estimated?.[flags!.codes[r]] === true : s.estimated?.[i] === 1;
    const yes = flagged || (author && i >= authorFrom);
    if (yes) out[i] = 1;
    any ||= yes;
  }
  return any ? out : null;
}
