import type { ChartPoint, Qualifier } from '../spec';

/** What a tooltip says of a point's qualifier, in the dashboard and in `<trade-chart>` alike. */
export const QUALIFIER_NOTE: Record<Qualifier, string> = {
  'lower-bound': 'lower bound: the source says “exceeding”',
  derived: 'derived: computed, not printed',
  'derived-lower-bound':
    'derived lower bound: computed from a figure the source says is “exceeding”',
  rounded: 'rounded',
  provisional: 'provisional',
  estimate: 'estimate: the file marks this value as estimated',
};

/** What a tooltip says of one point's qualifier: an estimate says who marked it so. */
export function qualifierNote(point: Pick<ChartPoint, 'qualifier' | 'authorEstimate'>): string {
  if (!point.qualifier) return '';
  return point.authorEstimate
    ? 'estimate: the chart’s author marks values from here on as estimates'
    : QUALIFIER_NOTE[point.qualifier];
}
