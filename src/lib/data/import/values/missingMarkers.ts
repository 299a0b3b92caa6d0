/**
 * Cells that mean "no value" in statistical files: World Bank `..`, Eurostat `:`, IMF `n/a`
 * and `--`, dashes from Excel exports, `NA` from R. Compared trimmed and in lower case.
 */
export const MISSING_MARKERS: ReadonlySet<string> = new Set([
  '',
  '.',
  '..',
  '...',
  '…',
  ':',
  '-',
  '--',
  '---',
  '_',
  '__',
  '–',
  '—',
  'n/a',
  'n.a.',
  'n.a',
  'na',
  'nan',
  'null',
  '#n/a',
]);

/** Whether a (trimmed) cell is a missing-value marker. */
export function isMissingMarker(s: string): boolean {
  if (s.length > 4) return false;
  return MISSING_MARKERS.has(s) || MISSING_MARKERS.has(s.toLowerCase());
}
