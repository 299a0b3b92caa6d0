export type Currency = 'USD' | 'EUR' | 'GBP' | 'CNY' | 'JPY' | 'RUB';

/** What a measure's numbers are: an amount of money (in units of `scale`), a percentage, or plain. */
export interface Unit {
  currency?: Currency;
  /** What one unit of the stored number is worth: 1e9 for `USD billion`. */
  scale: number;
  percent: boolean;
  /** The text the unit was read from, for notes. */
  text: string;
  /** What a plain quantity counts (`tonnes`), written after its numbers; set by an author. */
  name?: string;
}

export const PLAIN_UNIT: Unit = { scale: 1, percent: false, text: '' };

const CURRENCY_WORDS: [Currency, string[]][] = [
  ['USD', ['usd', 'us$', 'dollar', 'dollars', 'us dollars']],
  ['EUR', ['eur', 'euro', 'euros', '€']],
  ['GBP', ['gbp', 'sterling', '£']],
  ['CNY', ['cny', 'rmb', 'yuan', 'renminbi']],
  ['JPY', ['jpy', 'yen']],
  ['RUB', ['rub', 'rouble', 'roubles', 'ruble', 'rubles', '₽']],
];
const SCALE_WORDS: [number, string[]][] = [
  [1e3, ['thousand', 'thousands', 'ths', 'k', '000']],
  [1e6, ['million', 'millions', 'mio', 'mn', 'mln', 'mill']],
  [1e9, ['billion', 'billions', 'bn', 'bln', 'mrd']],
  [1e12, ['trillion', 'trillions', 'tn']],
];

/** Eurostat's unit codes for percentages: `PC`, `PC_GDP`, `PCH_PRE` (change on the year before). */
const EUROSTAT_PERCENT = /^(pc|pch)(_[a-z0-9_]+)?$/i;
/** Tonnes, as words or as Eurostat's codes (`T`, `THS_T`, `TNE`). */
const TONNES = /\b(tonnes?|metric tons?|tne)\b|(^|_)t$/i;

/**
 * Reads a unit from words such as `USD billion`, `MIO_EUR`, `U.S. dollars` + `Billions`,
 * `Trade Value (US$)`, `(% of GDP)`, `PC_GDP`, `PC`, `THS_T`, `gdp_trillion`. Unknown words
 * give a plain unit; a currency is never guessed from a bare number.
 */
export function parseUnit(...texts: (string | undefined)[]): Unit {
  const text = texts.filter(Boolean).join(' ');
  const lower = text.toLowerCase();
  // `gdp_trillion`, `MIO_EUR`, `valueUSDbn`: split on punctuation and on case changes.
  const split = text.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const words = new Set(split.split(/[\s,;.()[\]_/'-]+/).filter(Boolean));
  if (
    /%|\bper ?cent\b|\bpc_|\bpercent/.test(lower) ||
    texts.some((t) => t && EUROSTAT_PERCENT.test(t.trim()))
  )
    return { currency: undefined, scale: 1, percent: true, text };
  let currency: Currency | undefined;
  if (/us\$|\$/.test(lower) || /u\.\s?s\.\s?dollars?/.test(lower)) currency = 'USD';
  for (const [c, list] of CURRENCY_WORDS)
    if (!currency && list.some((w) => words.has(w) || (w.length === 1 && lower.includes(w))))
      currency = c;
  let scale = 1;
  for (const [s, list] of SCALE_WORDS) if (list.some((w) => words.has(w))) scale = s;
  // A plain quantity keeps what it counts, so `THS_T` reads as thousand tonnes, not thousands.
  const tonnes = !currency && texts.some((t) => t && TONNES.test(t.trim()));
  return { currency, scale, percent: false, text, ...(tonnes ? { name: 'tonnes' } : {}) };
}
