/** A calendar date as far as the source gives it: a year, perhaps a month, perhaps a day. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

/** A citation's date: one day, month or year, or a span of them (`2012/2023`). */
export interface CitationDate {
  start: DateParts;
  end?: DateParts;
}

/** Month names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function parseParts(s: string): DateParts | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return null;
  const parts: DateParts = { year: Number(m[1]) };
  if (m[2]) {
    parts.month = Number(m[2]);
    if (parts.month < 1 || parts.month > 12) return null;
  }
  if (m[3]) {
    parts.day = Number(m[3]);
    if (parts.day < 1 || parts.day > 31) return null;
  }
  return parts;
}

const isoOf = (p: DateParts) => [p.year, p.month ?? 0, p.day ?? 0];

/** Whether `a` comes no later than `b`, comparing only the parts both have. */
function notAfter(a: DateParts, b: DateParts): boolean {
  const [x, y] = [isoOf(a), isoOf(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] < y[i] || !x[i] || !y[i];
  return true;
}

/**
 * `2023-03-22`, `2023-03`, `2023`, an ISO span `2012/2023`, or a span of years as people write it
 * (`2012–2023`, `2012-2023`); null for anything else, a span that runs backwards included.
 */
export function parseCitationDate(iso: string | undefined): CitationDate | null {
  if (!iso) return null;
  const years = /^(\d{4})\s*[-–—]\s*(\d{4})$/.exec(iso.trim());
  const [from, to, ...rest] = years ? years.slice(1) : iso.trim().split('/');
  if (rest.length) return null;
  const start = parseParts(from);
  if (!start) return null;
  if (to === undefined) return { start };
  const end = parseParts(to);
  return end && notAfter(start, end) ? { start, end } : null;
}

/** `March` for 3. */
export function monthName(month: number): string {
  return MONTHS[month - 1] ?? String(month);
}

/** `March 22, 2023`, `March 2023` or `2023`: the order APA and Chicago both use. */
export function formatUsDate(parts: DateParts): string {
  if (!parts.month) return String(parts.year);
  const month = monthName(parts.month);
  return parts.day ? `${month} ${parts.day}, ${parts.year}` : `${month} ${parts.year}`;
}

/** A span of years with an en dash (`2012–2023`), or one date in US order. */
export function formatUsDateSpan(date: CitationDate): string {
  if (!date.end) return formatUsDate(date.start);
  return `${formatUsDate(date.start)}–${formatUsDate(date.end)}`;
}

/** Zero-padded ISO form of parts: `2023-03-22`. */
export function isoDate(parts: DateParts): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  let s = String(parts.year).padStart(4, '0');
  if (parts.month) s += `-${pad(parts.month)}`;
  if (parts.month && parts.day) s += `-${pad(parts.day)}`;
  return s;
}
