import { parsePeriod } from '../../data/period';
import type { ColumnType } from '../../data/table';

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f)
    dateFormats.set(key, (f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return f;
}

/**
 * A period or date as a reader of `locale` writes it: `2022` stays `2022`, `2022-03` → `Mar 2022`,
 * `2022-Q1` → `Q1 2022`, `2022-03-15` → `15 Mar 2022`. Labels it cannot read pass through.
 */
export function formatPeriod(label: string, type: ColumnType, locale = 'en'): string {
  if (type === 'period') {
    const p = parsePeriod(label);
    if (!p || p.granularity === 'year') return label;
    const year = Math.floor(p.key + 1e-9);
    if (p.granularity === 'quarter') return `Q${Math.round((p.key - year) * 4) + 1} ${year}`;
    const month = Math.round((p.key - year) * 12);
    return dateFormat(locale, { month: 'short', year: 'numeric' }).format(Date.UTC(year, month, 1));
  }
  if (type === 'date') {
    const t = Date.parse(label);
    if (Number.isNaN(t)) return label;
    return dateFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(t);
  }
  return label;
}

/** A date key (epoch ms) as a short date for axis ticks. */
export function formatDateKey(ms: number, locale = 'en', withDay = true): string {
  const options: Intl.DateTimeFormatOptions = withDay
    ? { day: 'numeric', month: 'short', year: 'numeric' }
    : { month: 'short', year: 'numeric' };
  return dateFormat(locale, options).format(ms);
}
