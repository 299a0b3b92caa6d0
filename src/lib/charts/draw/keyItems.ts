import type { LegendItem } from '../spec';

/** The entries a chart's key shows: a line named at its end needs no entry in the key. */
export const keyItems = (legend: LegendItem[]): LegendItem[] => legend.filter((l) => !l.inline);
