import type { Qualifier } from '../spec';

/** Prefix that keeps a qualified value honest: `> $190 bn`, `≈ $88.0 bn`. */
export function qualifiedLabel(value: string, q?: Qualifier): string {
  return q === 'lower-bound' ? `> ${value}` : q === 'derived' ? `≈ ${value}` : value;
}

/** A bar's value label with its qualifier said after it: `$25.8 tn (estimate)`. */
export function saidQualifier(label: string, q?: Qualifier): string {
  return q ? `${label} (${q === 'lower-bound' ? 'lower bound' : q})` : label;
}
