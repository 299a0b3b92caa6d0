/**
 * The words of a column name, lower case: `reporterISO` → reporter, iso; `Commodity Code` →
 * commodity, code; `ISO3` → iso, 3; `Trade Value (US$)` → trade, value, us.
 */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .replace(/(\d)([A-Za-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9\u00c0-\u024f]+/)
    .filter(Boolean);
}

const CODE_WORDS = new Set(['code', 'codes', 'iso', 'id', 'hs', 'sitc', 'cpc', 'naics', 'isic']);
const TIME_WORDS = new Set([
  'year',
  'years',
  'yr',
  'period',
  'time',
  'date',
  'month',
  'quarter',
  'jahr',
  'annee',
  'année',
  'anno',
  'año',
]);

/** Names that say the column holds codes (`Commodity Code`, `cmdCode`, `Reporter Code`, `ISO3`). */
export function isCodeName(name: string): boolean {
  return nameWords(name).some((w) => CODE_WORDS.has(w));
}

/** Names that say the column holds time (`Year`, `refYear`, `Period`, `TIME_PERIOD`). */
export function isTimeName(name: string): boolean {
  return nameWords(name).some((w) => TIME_WORDS.has(w));
}

/** Whether any of `words` appear in the name. */
export function nameHas(name: string, words: readonly string[]): boolean {
  const own = nameWords(name);
  return words.some((w) => own.includes(w));
}
