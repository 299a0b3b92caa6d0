import type { Currency, Unit } from './parseUnit';

const SYMBOL: Record<Currency, string> = {
  USD: '$',
  EUR: '€',
  GBP: '£',
  CNY: 'CN¥',
  JPY: '¥',
  RUB: '₽',
};
/** Axis labels name the currency unambiguously: `US$ bn`, not `$ bn`. */
const AXIS_SYMBOL: Record<Currency, string> = { ...SYMBOL, USD: 'US$' };
const STEPS: [number, string][] = [
  [1e12, 'tn'],
  [1e9, 'bn'],
  [1e6, 'mn'],
  [1e3, 'k'],
];

const cache = new Map<string, Intl.NumberFormat>();
/** A cached Intl number format: building one costs far more than using it. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

/** The step (1e9 → `bn`) for amounts of this size in this unit; 1 for small or percent values. */
export function displayStep(magnitude: number, unit: Unit): [number, string] {
  if (unit.percent) return [1, ''];
  const abs = Math.abs(magnitude * unit.scale);
  for (const step of STEPS) if (abs >= step[0]) return step;
  return [1, ''];
}

export interface AmountOptions {
  locale?: string;
  /** Keep one decimal even on a round figure (`≈ $88.0 bn`), for derived values. */
  fixed?: boolean;
  /** Most decimals shown: by default 1 for scaled amounts and percentages, 3 for plain numbers. */
  digits?: number;
}

/**
 * `190.271` USD billion → `$190.3 bn`; `1.2e12` EUR → `€1.2 tn`; `12.5` percent → `12.5 %`.
 * English keeps the short scale words; other locales use their own compact forms (`1,2 Bio. €`).
 * A minus is a true minus.
 */
export function formatAmount(value: number, unit: Unit, options: AmountOptions = {}): string {
  const locale = options.locale ?? 'en';
  const step = displayStep(value, unit);
  const digits = options.digits ?? (unit.percent || step[0] > 1 ? 1 : unit.currency ? 2 : 3);
  const frac = { maximumFractionDigits: digits, minimumFractionDigits: options.fixed ? 1 : 0 };
  if (unit.percent) return `${numberFormat(locale, frac).format(value).replace('-', '−')} %`;
  const amount = value * unit.scale;
  if (!locale.startsWith('en')) {
    const style: Intl.NumberFormatOptions = unit.currency
      ? { style: 'currency', currency: unit.currency, currencyDisplay: 'narrowSymbol' }
      : {};
    return numberFormat(locale, { ...frac, ...style, notation: 'compact' }).format(amount);
  }
  const [size, word] = step;
  const n = numberFormat(locale, frac).format(Math.abs(amount) / size);
  const sign = amount < 0 ? '−' : '';
  const symbol = unit.currency ? SYMBOL[unit.currency] : '';
  return `${sign}${symbol}${n}${word ? ` ${word}` : ''}`;
}

/** What an axis shows its numbers in: `US$ bn`, `€ mn`, `%`, or nothing for plain numbers. */
export function axisUnitLabel(unit: Unit, step: [number, string]): string | undefined {
  if (unit.percent) return '%';
  const parts = [unit.currency ? AXIS_SYMBOL[unit.currency] : '', step[1]].filter(Boolean);
  return parts.length ? parts.join(' ') : undefined;
}
