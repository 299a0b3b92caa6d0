import { unnamedMeasureNote } from './chartText';
import type { ChartConfig } from '../config/chartConfig';
import type { ChartData } from '../prepare/prepareChartData';
import { numberFormat } from '../units/formatAmount';

/** Collects what a chart must say about itself, in reading order, each once. */
export class ChartNotes {
  private list: string[] = [];
  add(note: string | undefined) {
    if (note && !this.list.includes(note)) this.list.push(note);
  }
  get all(): string[] {
    return this.list;
  }
}

/**
 * The notes every chart starts with: the config's own, then what preparing the data did,
 * then how derived series are computed.
 */
export function baseNotes(data: ChartData, config: ChartConfig): ChartNotes {
  const notes = new ChartNotes();
  config.text?.notes?.forEach((n) => notes.add(n));
  data.notes.forEach((n) => notes.add(n));
  const unnamed = unnamedMeasureNote(data.table, data.ys, data.indicator, config);
  if (unnamed) notes.add(unnamed);
  for (const s of data.series)
    if (s.derived && !config.hidden?.includes(s.id))
      notes.add(`${s.derived.formula}: derived, not reported.`);
  return notes;
}

/** `1,000,000 points drawn as 2,604 (first, last, lowest and highest per pixel column).` */
export function thinnedNote(total: number, drawn: number, locale: string): string {
  const nf = numberFormat(locale, {});
  return `${nf.format(total)} points drawn as ${nf.format(drawn)} (first, last, lowest and highest per pixel column); zoom in for every point.`;
}
