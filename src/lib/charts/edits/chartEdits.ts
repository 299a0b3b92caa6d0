/**
 * What an author changes on a chart, beside what the data give it: words, number format,
 * colours and the value axis. Plain data: it travels in the address, the embed code, the web
 * component's attributes and an upload's saved record, and every renderer draws from the spec
 * it makes. Absent fields keep the chart's own defaults.
 */
export interface ChartEdits {
  title?: string;
  subtitle?: string;
  /** The author's notes, shown before the notes the chart makes about its data. */
  notes?: string[];
  /** Who made the chart: `Chart: A. Writer, Example News`. */
  byline?: string;
  /** The value axis's label, in place of the one read from the data (`US$ billion`). */
  unit?: string;
  /**
   * What the measure's numbers are, when the file did not say or said it wrongly (`US$
   * million`, `%`, `tonnes`): the values are charted at that magnitude everywhere.
   */
  valueUnit?: string;
  /** Decimals of every value label and table cell, 0–6. */
  decimals?: number;
  /** Series label → colour (`#rrggbb`); the palette's order for the rest. */
  colors?: Record<string, string>;
  /** The value axis from zero, or at least low to high (it widens to show every value). */
  yRange?: 'zero' | [number, number];
  /** BCP 47 locale of the chart's numbers and dates (`de-DE`). */
  locale?: string;
  /** The series (label) drawn in colour and on top; the others are drawn grey behind it. */
  highlight?: string;
  /** The period (as the table names it) from which on values are estimates, drawn dashed. */
  estimatesFrom?: string;
  /**
   * Series named at their line's end instead of in a key above the chart (`ends`), or in the key
   * (`key`). Unset, lines are named at their ends when one is highlighted: grey lines alike in
   * a key could not be told apart.
   */
  labels?: 'ends' | 'key';
}

/** Whether lines are named at their ends (see ChartEdits.labels). */
export const namedAtEnds = (edits?: ChartEdits): boolean =>
  edits?.labels === 'ends' || (edits?.labels === undefined && !!edits?.highlight);

/** The most decimals an author can ask for. */
export const MAX_DECIMALS = 6;
/** Longest text of one edit field, as in a link. */
export const MAX_EDIT_TEXT = 200;
/** Most notes an author can add. */
export const MAX_NOTES = 10;

const HEX = /^#[0-9a-f]{6}$/i;
/** A colour an author may give: `#rrggbb`, nothing else (it is written into SVG and CSS). */
export const isHexColor = (s: string): boolean => HEX.test(s);

/** Whether nothing is set, so a chart with these edits is the chart without them. */
export function noEdits(edits: ChartEdits | undefined): boolean {
  return !edits || Object.values(edits).every((v) => v === undefined);
}

/** Control characters: no text of a chart (a field, a link, an attribute) may hold one. */
// eslint-disable-next-line no-control-regex
export const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** The start of a tag: a chart's text is shown as written, never as markup. */
export const MARKUP = /<[a-z!/?]/i;

/**
 * Why a text field's value cannot be kept, or null: the rules a link's text follows, so that
 * every edit survives the address, the embed code and the web component's attributes.
 */
export function editTextProblem(value: string): string | null {
  if (value.length > MAX_EDIT_TEXT) return `Keep it under ${MAX_EDIT_TEXT} characters.`;
  if (CONTROL.test(value)) return 'Remove the control characters.';
  if (MARKUP.test(value))
    return 'A “<” straight before a letter reads as the start of markup in pages and tools this chart’s text goes to: remove it, or put a space after it.';
  return null;
}

/** Whether two sets of edits are the same (for undo: a commit that changes nothing is not one). */
export const sameEdits = (a: ChartEdits, b: ChartEdits): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/** Edits without their empty fields. */
export function cleanEdits(edits: ChartEdits): ChartEdits {
  const out: ChartEdits = {};
  for (const [key, value] of Object.entries(edits) as [keyof ChartEdits, unknown][]) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value) && !value.length) continue;
    if (typeof value === 'object' && !Array.isArray(value) && !Object.keys(value as object).length)
      continue;
    (out as Record<string, unknown>)[key] = value;
  }
  return out;
}
