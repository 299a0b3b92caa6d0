/** How a map cuts its values into classes: the words a link, an attribute and the CLI use. */
export type MapClassing = 'quantile' | 'equal' | 'natural';
export const MAP_CLASSINGS: readonly MapClassing[] = ['quantile', 'equal', 'natural'];

/** The name of each way, as the class control says it. */
export const CLASSING_LABELS: Record<MapClassing, string> = {
  quantile: 'Quantiles',
  equal: 'Equal intervals',
  natural: 'Natural breaks (Jenks)',
};

/** A way of classing from untrusted input (a hand-edited URL, an attribute); none when unknown. */
export const mapClassing = (value: unknown): MapClassing | undefined =>
  MAP_CLASSINGS.includes(value as MapClassing) ? (value as MapClassing) : undefined;
