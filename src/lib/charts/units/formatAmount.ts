import { fastNumber, isPlainEnglish } from './fastNumber';
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
export const AXIS_SYMBOL: Record<Currency, string> = { ...SYMBOL, USD: 'US$' };
const STEPS: [number, string][] = [
  [1e12, 'tn'],
  [1e9, 'bn'],
  [1e6, 'mn'],
  [1e3, 'k'],
];

const cache = new Map<string, Intl.NumberFormat>();
/** A cached Intl number format: building one costs far more than using it. */
export function intlFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  // A cheap key (this runs once per label of thousands of points): the options used here.
  const o = options;
  const key = `${locale}|${o.maximumFractionDigits}|${o.minimumFractionDigits}|${o.style}|${o.currency}|${o.notation}|${o.currencyDisplay}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

/**
 * A number format for `locale`. Plain English decimals are written directly: the first Intl
 * format a page builds loads the locale's data, a long task on a phone while the dashboard
 * comes to life, for output that is only digits, commas and a point.
 */
export function numberFormat(
  locale: string,
  options: Intl.NumberFormatOptions,
): { format(value: number): string } {
  const o = options;
  if (isPlainEnglish(locale) && !o.style && !o.notation && !o.currency) {
    const max = o.maximumFractionDigits ?? 3;
    const min = o.minimumFractionDigits ?? 0;
    return { format: (v) => fastNumber(v, max, min) };
  }
  return intlFormat(locale, options);
}

/**
 * The least amount written with a scale word: money from a thousand (`$2.5 k`); counts and
 * physical amounts from a million, as a reader writes them (`2,838.7`, `84,400 tonnes`), since
 * a bare `k` beside a count names nothing.
 */
const leastScaled = (unit: Unit) => (unit.currency ? 1e3 : 1e6);

/** The step (1e9 → `bn`) for amounts of this size in this unit; 1 for small or percent values. */
export function displayStep(magnitude: number, unit: Unit): [number, string] {
  if (unit.percent) return [1, ''];
  const abs = Math.abs(magnitude * unit.scale);
  if (abs < leastScaled(unit)) return [1, ''];
  for (const step of STEPS) if (abs >= step[0]) return step;
  return [1, ''];
}

/**
 * `value` cut down to the figure it is shown as (the decimals it is shown with, `digits` when
 * the author set them: 87.76 bn → 87.7), for a lower bound: rounded up, `> $87.8 bn` would say more than is known.
 */
export function floorShown(value: number, unit: Unit, digits?: number): number {
  if (!Number.isFinite(value)) return value;
  const [size] = displayStep(value, unit);
  // The decimals amountFormatter shows at most, unless the author set them.
  const most = digits ?? (size > 1 || unit.percent ? 1 : unit.currency ? 2 : 3);
  const f = 10 ** most;
  const shown = (value * unit.scale) / size;
  // The nudge keeps a figure already at that precision (190, 87.7) from dropping a step.
  return ((Math.floor(shown * f + 1e-9) / f) * size) / unit.scale;
}

export interface AmountOptions {
  locale?: string;
  /** Keep one decimal even on a round figure (`≈ $88.0 bn`), for derived values. */
  fixed?: boolean;
  /** Most decimals shown: by default 1 for scaled amounts and percentages, 3 for plain numbers. */
  digits?: number;
}

/** Whole up to float noise: 0.61 bn is 610 mn, not 610.0000000001. */
export const isWhole = (v: number) => Math.abs(v - Math.round(v)) < 1e-9 * Math.max(1, Math.abs(v));

/**
 * `190.271` USD billion → `$190.3 bn`; `1.2e12` EUR → `€1.2 tn`; `12.5` percent → `12.5 %`.
 * English keeps the short scale words; other locales use their own compact forms (`1,2 Bio. €`).
 * A minus is a true minus.
 */
export function formatAmount(value: number, unit: Unit, options: AmountOptions = {}): string {
  return amountFormatter(unit, options.locale, options.digits)(value, options.fixed);
}

/**
 * formatAmount with its formats resolved once, for labelling thousands of points: the
 * returned function only picks the scale word and formats.
 */
export function amountFormatter(
  unit: Unit,
  locale = 'en',
  digits?: number,
  /** Always `digits` decimals (an author's number format), not at most. */
  exact = false,
): (value: number, fixed?: boolean) => string {
  const least = (max: number, fixed: boolean) => (exact ? max : fixed ? 1 : 0);
  // numberFormat writes plain English itself and leaves the rest to Intl.
  const nf = (max: number, fixed = false, extra: Intl.NumberFormatOptions = {}) =>
    numberFormat(locale, {
      maximumFractionDigits: max,
      minimumFractionDigits: least(max, fixed),
      ...extra,
    });
  const scaled = digits ?? 1;
  const plain = digits ?? (unit.percent ? 1 : unit.currency ? 2 : 3);
  if (unit.percent) {
    const [a, b] = [nf(plain), nf(plain, true)];
    // As a scaled amount: a share that only rounds to a whole keeps its decimal (`168.0 %` for
    // 168.01), so it reads as precise as its neighbours (`169.7 %`); a whole one is `168 %`.
    return (v, fixed) => `${(fixed || !isWhole(v) ? b : a).format(v).replace('-', '−')} %`;
  }
  if (!locale.startsWith('en')) return localAmount(unit, locale, scaled, exact);
  const symbol = unit.currency ? SYMBOL[unit.currency] : '';
  const named = unit.name ? ` ${unit.name}` : '';
  const [sa, sb, pa, pb] = [nf(scaled), nf(scaled, true), nf(plain), nf(plain, true)];
  const fromScaled = leastScaled(unit);
  return (v, fixed) => {
    const amount = v * unit.scale;
    const abs = Math.abs(amount);
    let size = 1;
    let word = '';
    for (let k = 0; k < STEPS.length && abs >= fromScaled; k++)
      if (abs >= STEPS[k][0]) {
        size = STEPS[k][0];
        word = STEPS[k][1];
        break;
      }
    // A whole count in the thousands reads to one decimal at most (`2,838.7`), as written. A
    // scaled amount rounded to a whole (88.03 bn, 1.96 tn) keeps its decimal (`$88.0 bn`), so it
    // reads as precise as its neighbours (`$88.1 bn`); only a whole one (`$190 bn`) drops it.
    const whole = isWhole(abs / size);
    const f =
      size > 1 ? (fixed || !whole ? sb : sa) : abs >= 1e3 ? (fixed ? sb : sa) : fixed ? pb : pa;
    return `${amount < 0 ? '−' : ''}${symbol}${f.format(abs / size)}${word ? ` ${word}` : ''}${named}`;
  };
}

/**
 * An amount as a reader of `locale` writes it, in the locale's compact words (`88,0 Mrd.`,
 * `880.0亿`), with the currency where the locale puts it but named unambiguously (`US$`, never a
 * bare `$`), and a true minus.
 */
function localAmount(unit: Unit, locale: string, digits: number, exact: boolean) {
  const style: Intl.NumberFormatOptions = unit.currency
    ? { style: 'currency', currency: unit.currency, currencyDisplay: 'code' }
    : {};
  const format = (fixed: boolean) =>
    intlFormat(locale, {
      maximumFractionDigits: digits,
      minimumFractionDigits: exact ? digits : fixed ? 1 : 0,
      notation: 'compact',
      ...style,
    });
  const [a, b] = [format(false), format(true)];
  const symbol = unit.currency ? AXIS_SYMBOL[unit.currency] : '';
  return (v: number, fixed?: boolean) => {
    const parts = (fixed ? b : a).formatToParts(v * unit.scale);
    let out = '';
    for (let i = 0; i < parts.length; i++) {
      const { type, value } = parts[i];
      if (type === 'currency') {
        out += symbol;
        // A symbol before the number needs no space (`US$880亿`); one after keeps the locale's.
        if (parts[i + 1]?.type === 'literal' && parts[i + 2]?.type !== 'currency') i++;
      } else out += type === 'minusSign' ? '−' : value;
    }
    return `${out.trim()}${unit.name ? ` ${unit.name}` : ''}`;
  };
}

/** A bare count's scale in words, as an axis names it: `millions`, not `mn`. */
const COUNT_WORDS: Record<string, string> = {
  tn: 'trillions',
  bn: 'billions',
  mn: 'millions',
  k: 'thousands',
};

/** What an axis shows its numbers in: `US$ bn`, `€ mn`, `%`, `mn tonnes`, `millions`, or nothing for plain numbers. */
export function axisUnitLabel(unit: Unit, step: [number, string]): string | undefined {
  if (unit.percent) return '%';
  if (!unit.currency && !unit.name && step[1]) return COUNT_WORDS[step[1]];
  const parts = [unit.currency ? AXIS_SYMBOL[unit.currency] : '', step[1], unit.name ?? ''].filter(
    Boolean,
  );
  return parts.length ? parts.join(' ') : undefined;
}
