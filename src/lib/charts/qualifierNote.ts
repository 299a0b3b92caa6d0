import type { Qualifier } from './spec';

/** What a tooltip says of a point's qualifier, in the dashboard and in `<trade-chart>` alike. */
export const QUALIFIER_NOTE: Record<Qualifier, string> = {
  'lower-bound': 'lower bound: the source says “exceeding”',
  derived: 'derived: computed, not printed',
  rounded: 'rounded',
  provisional: 'provisional',
  estimate: 'estimate: the file marks this value as estimated',
};
