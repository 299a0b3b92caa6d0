const ACRONYMS = new Set([
  'gdp',
  'usd',
  'eur',
  'iso',
  'fob',
  'cif',
  'hs',
  'sitc',
  'imf',
  'oecd',
  'id',
]);
const WORDS: Record<string, string> = {
  cmd: 'commodity',
  mot: 'mode of transport',
  qty: 'quantity',
};

/**
 * UN Comtrade+ fields whose words say less than the figures do: `primaryValue` is the trade
 * value (FOB for exports, CIF for imports), in US dollars; weights are in kilograms.
 */
const KNOWN: Record<string, string> = {
  primaryValue: 'Trade value (US$)',
  cifvalue: 'CIF value (US$)',
  fobvalue: 'FOB value (US$)',
  netWgt: 'Net weight (kg)',
  grossWgt: 'Gross weight (kg)',
};

/**
 * A column's name as a reader would write it: `reporterDesc` → `Reporter`, `refYear` → `Year`,
 * `primaryValue` → `Trade value (US$)`, `gdp_trillion` → `GDP trillion`. Names with spaces (a
 * file's own wording, `Trade Value (US$)`) are kept as they are.
 */
export function humanName(name: string): string {
  if (Object.hasOwn(KNOWN, name)) return KNOWN[name];
  if (/\s/.test(name) || !/[a-z0-9][A-Z]|_/.test(name)) return name;
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([a-z])([0-9])/g, '$1 $2')
    .split(/[\s_]+/)
    .map((w) => w.toLowerCase())
    .filter((w, i, all) => !(i === 0 && w === 'ref' && all.length > 1))
    .filter((w, i, all) => !(i === all.length - 1 && w === 'desc' && all.length > 1))
    .map((w) => (ACRONYMS.has(w) ? w.toUpperCase() : (WORDS[w] ?? w)));
  // A scale at the end is the figures' unit, not part of what they measure: `GDP (trillion)`.
  const last = words.length > 1 ? words[words.length - 1] : '';
  if (SCALE_WORD.test(last)) return capitalised(`${words.slice(0, -1).join(' ')} (${last})`);
  return capitalised(words.join(' '));
}

/** Words that give a scale (`gdp_trillion`, `exports_bn`). */
const SCALE_WORD = /^(thousands?|millions?|billions?|trillions?|bn|mn|mln|mio|bln)$/;

/** Text beginning with a capital, as a title, label or subtitle begins (`period` → `Period`). */
export const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A column's label, else its name made readable. */
export const columnTitle = (c: { name: string; label?: string }) => c.label ?? humanName(c.name);
