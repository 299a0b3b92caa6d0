import { numberFormat } from '../units/formatAmount';
import { formatPeriod } from '../units/formatPeriod';
import type { ChartData } from './prepareChartData';

/** The label a slot has in the table (`2012`, `China`), for matching config periods. */
export function slotRawLabel(data: ChartData, slot: number): string {
  const labels = data.slots.labels;
  if (labels) return labels[slot];
  const k = data.slots.keys[slot];
  return Number.isInteger(k) ? String(k) : String(Math.round(k * 1e6) / 1e6);
}

/** The label a reader sees for a slot: periods and dates in the locale's words. */
export function slotLabel(data: ChartData, slot: number, locale = 'en'): string {
  return slotLabeller(data, locale)(slot);
}

/** slotLabel with its formats resolved once, for labelling thousands of points. */
export function slotLabeller(data: ChartData, locale = 'en'): (slot: number) => string {
  const labels = data.slots.labels;
  const type = data.x.type;
  if (labels) {
    // Years (most periods) read as they are; only months, quarters and dates need formatting.
    return (slot) =>
      labels[slot].length === 4 ? labels[slot] : formatPeriod(labels[slot], type, locale);
  }
  const keys = data.slots.keys;
  const nf = numberFormat(locale, { maximumFractionDigits: 2 });
  return (slot) => {
    const k = keys[slot];
    return Number.isInteger(k) && k >= 1000 && k <= 2999 ? String(k) : nf.format(k);
  };
}

/** The slot whose raw label is `label`, or -1. */
export function slotOf(data: ChartData, label: string | undefined): number {
  if (label === undefined) return -1;
  const labels = data.slots.labels;
  if (labels) return labels.indexOf(label);
  const k = Number(label);
  const keys = data.slots.keys;
  for (let i = 0; i < keys.length; i++) if (keys[i] === k) return i;
  return -1;
}
