import type { Qualifier } from '../spec';

/** Whether a figure is a lower bound, said or derived from one. */
export const isLowerBound = (q?: Qualifier) => q === 'lower-bound' || q === 'derived-lower-bound';

/** Whether a figure is worked out rather than printed by its source. */
export const isDerived = (q?: Qualifier) => q === 'derived' || q === 'derived-lower-bound';

/** Prefix that keeps a qualified value honest: `> $190 bn`, `≈ $88.0 bn`. */
export function qualifiedLabel(value: string, q?: Qualifier): string {
  return isLowerBound(q) ? `> ${value}` : q === 'derived' ? `≈ ${value}` : value;
}

/** How a qualifier is said after a figure or below a bar: `lower bound`, `derived, lower bound`. */
export const qualifierWords = (q: Qualifier) =>
  q === 'lower-bound' ? 'lower bound' : q === 'derived-lower-bound' ? 'derived, lower bound' : q;

/** A bar's value label with its qualifier said after it: `$25.8 tn (estimate)`. */
export function saidQualifier(label: string, q?: Qualifier): string {
  return q ? `${label} (${qualifierWords(q)})` : label;
}
