import type { ChartMode } from '../config/chartConfig';

/** How a series is charted in a mode: charted = value / base × a + b; `ok` false when it cannot be. */
export interface Rebase {
  base: number;
  a: number;
  b: number;
  ok: boolean;
  /** Why not, when not. */
  reason?: string;
  /** The slot of the base value (index and change); undefined in values mode. */
  at?: number;
}

const IDENTITY: Rebase = { base: 1, a: 1, b: 0, ok: true };

/** A value as charted (dividing first keeps the base exactly 100). */
export const charted = (rb: Rebase, value: number) => (value / rb.base) * rb.a + rb.b;

/**
 * Index (base slot = 100) or % change from the first value in [lo, hi). Both are linear in the
 * value, so they can be applied after downsampling. A base that is missing, zero or negative
 * cannot anchor an index or a change, and the series is left out with the reason.
 */
export function rebase(
  values: Float64Array,
  mode: ChartMode,
  baseSlot: number,
  lo: number,
  hi: number,
): Rebase {
  if (mode === 'values') return IDENTITY;
  let base = NaN;
  let at = mode === 'index' ? baseSlot : lo;
  if (mode === 'index') base = baseSlot >= 0 ? values[baseSlot] : NaN;
  else for (; at < hi && Number.isNaN((base = values[at])); at++);
  if (Number.isNaN(base)) return { ...IDENTITY, ok: false, reason: 'has no value at the base' };
  if (base <= 0) return { ...IDENTITY, ok: false, reason: 'is zero or negative at the base' };
  return { base, a: 100, b: mode === 'index' ? 0 : -100, ok: true, at };
}
