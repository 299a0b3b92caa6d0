import { fastNumber, isPlainEnglish } from '../units/fastNumber';
import { numberFormat } from '../units/formatAmount';

/** d3-format's `,.N~f` (or `,.Nf` when `min` is N), true minus included, without its weight. */
const grouped = (max: number, min: number) => (v: number) =>
  fastNumber(v, max, min).replace('-', '−');
const oneDecimal = grouped(1, 0);
const fixedOne = grouped(1, 1);
const upToThree = grouped(3, 0);

/**
 * `190` (USD billion) → `$190 bn`, `190.271` → `$190.3 bn`: at most one decimal, and none added
 * to a round figure, so a printed `190` never gains a precision it did not have. `fixed` keeps
 * the decimal (`≈ $88.0 bn`) where a derived figure should show its rounding.
 */
export function formatUsdBillion(value: number, fixed = false): string {
  const f = fixed ? fixedOne : oneDecimal;
  return value >= 1000 ? `$${f(value / 1000)} tn` : `$${f(value)} bn`;
}

/**
 * A value as printed by its source: `190.271` stays `190.271`, `88.1` stays `88.1`. The same
 * text as d3-format's `,.3~f`, made directly for ordinary numbers: a chart's data table formats
 * every cell when it is built, and this is several times faster. Other locales write their own
 * marks (`190,271`, `1.234,5`), through Intl.
 */
export function formatAsReported(value: number, locale = 'en'): string {
  if (!isPlainEnglish(locale) && !locale.startsWith('en'))
    return numberFormat(locale, { maximumFractionDigits: 3 }).format(value).replace('-', '−');
  // NaN, infinities and 1e21 on, which toFixed writes with an exponent: as they are, as d3 does.
  if (!(Math.abs(value) < 1e21)) return String(value).replace('-', '−');
  let fixed = Math.abs(value).toFixed(3);
  let end = fixed.length;
  while (fixed.charCodeAt(end - 1) === 48) end--; // trailing zeros of the decimals
  if (fixed.charCodeAt(end - 1) === 46) end--; // and the point when nothing follows it
  fixed = fixed.slice(0, end);
  const point = fixed.indexOf('.');
  const whole = point < 0 ? fixed : fixed.slice(0, point);
  let grouped = whole;
  if (whole.length > 3) {
    grouped = whole.slice(0, ((whole.length - 1) % 3) + 1);
    for (let i = grouped.length; i < whole.length; i += 3) grouped += `,${whole.slice(i, i + 3)}`;
  }
  const text = point < 0 ? grouped : grouped + fixed.slice(point);
  return value < 0 && text !== '0' ? `−${text}` : text;
}

/** `116` → `+116 %`, `-2.9` → `−2.9 %` (a true minus sign). */
export function formatChange(percent: number, decimals = 1): string {
  const s = Math.abs(percent).toFixed(decimals);
  return `${percent < 0 ? '−' : '+'}${s} %`;
}

/** A value in its unit, for tooltips and tables. */
export function formatValue(value: number, unit?: string, fixed = false): string {
  if (unit === 'USD billion') return formatUsdBillion(value, fixed);
  if (unit === 'percent') return `${upToThree(value)} %`;
  return upToThree(value);
}

/** Decimals a value has as printed (at most three, as formatAsReported shows): 88.1 → 1. */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const s = Math.abs(value).toFixed(3);
  let d = 3;
  while (d > 0 && s[s.length - 4 + d] === '0') d--;
  return d;
}

/** A value with exactly `decimals` decimals in the locale's marks: a table column reads evenly. */
export function formatFixed(value: number, decimals: number, locale = 'en'): string {
  return numberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    .format(value)
    .replace('-', '−');
}
