/** How a derived figure follows from others. */
export interface Derivation {
  /** The formula as a reader should see it. */
  formula: string;
  /** The formula with the input numbers put in. */
  expression: string;
  method: 'base-from-growth' | 'compound-rate';
  inputs: string[];
  decimals: number;
  years?: number;
}

/** A range a figure is known to lie in; null = unbounded on that side. */
export interface Interval {
  low: number | null;
  high: number | null;
  /** The range if every lower bound among the inputs were the exact value. */
  ifExact?: { low: number; high: number };
}

/** One figure of a source, as printed or as derived from printed ones. */
export interface Figure {
  id: string;
  label: string;
  value: number;
  unit: string;
  currency?: string;
  multiplier?: number;
  period: string;
  reporter: string;
  partner: string;
  flow: string;
  /** lower-bound: the source says "exceeding"; rounded: a whole-number reading; derived: computed. */
  qualifier: 'lower-bound' | 'rounded' | 'derived' | 'exact';
  /** The sentence the figure stands in, verbatim. Derived figures have none of their own. */
  quote?: string;
  /** The words of the quote that state this figure. */
  figureText?: string;
  interval?: Interval;
  derived?: Derivation;
  note?: string;
}
