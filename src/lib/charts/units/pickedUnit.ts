import { parseUnit, type Unit } from './parseUnit';

/** The units the editor offers, as the text they are kept as (in the link, the embed, the file). */
export const UNIT_CHOICES = [
  'US$',
  'US$ thousand',
  'US$ million',
  'US$ billion',
  'US$ trillion',
  '€ million',
  '€ billion',
  '%',
  'tonnes',
  'thousand tonnes',
] as const;

const SCALE_WORD =
  /\b(thousands?|ths|millions?|mio|mn|mln|billions?|bn|bln|mrd|trillions?|tn)\b|\b000s?\b/gi;

/**
 * The unit an author picked for a measure, read from its text: `US$ million` is US dollars in
 * units of a million, so 2,600,000 reads as US$2.6 tn; `%` a percentage; any other words
 * (`tonnes`, `thousand barrels`) a plain quantity that keeps its name (`barrels`) and scale.
 */
export function pickedUnit(text: string): Unit {
  const unit = parseUnit(text);
  if (unit.percent || unit.currency) return { ...unit, text };
  const name = text.replace(SCALE_WORD, ' ').replace(/\s+/g, ' ').trim();
  return { ...unit, text, ...(name ? { name } : {}) };
}
