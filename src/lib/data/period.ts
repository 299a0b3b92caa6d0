/** A period read from a label: its normal form, a sortable key (decimal year) and its length. */
export interface Period {
  label: string;
  key: number;
  granularity: 'year' | 'quarter' | 'month';
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');

function year(y: number): Period | null {
  return y >= 1000 && y <= 2999 ? { label: String(y), key: y, granularity: 'year' } : null;
}
function month(y: number, m: number): Period | null {
  if (!year(y) || m < 1 || m > 12) return null;
  return { label: `${y}-${pad(m)}`, key: y + (m - 1) / 12, granularity: 'month' };
}
function quarter(y: number, q: number): Period | null {
  if (!year(y) || q < 1 || q > 4) return null;
  return { label: `${y}-Q${q}`, key: y + (q - 1) / 4, granularity: 'quarter' };
}

/**
 * Reads `2022`, `2022-03`, `2022M03`, `2022Q1`, `2022-Q1`, `2022 Q1`, `Q1 2022`, `Mar 2022`,
 * `1990 [YR1990]`.
 * Returns null for anything else, so callers can tell a period column from a number column.
 */
export function parsePeriod(raw: string): Period | null {
  const s = raw.trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})(?:\s*\[YR\d{4}\])?$/i.exec(s))) return year(Number(m[1]));
  if ((m = /^(\d{4})(?:-|M)(\d{1,2})$/i.exec(s))) return month(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{4})[\s-]?Q([1-4])$/i.exec(s))) return quarter(Number(m[1]), Number(m[2]));
  if ((m = /^Q([1-4])[\s-]+(\d{4})$/i.exec(s))) return quarter(Number(m[2]), Number(m[1]));
  if ((m = /^([A-Za-z]{3})[a-z]*\.?[\s-]+(\d{4})$/.exec(s))) {
    const i = MONTHS.indexOf(m[1].toLowerCase());
    return i < 0 ? null : month(Number(m[2]), i + 1);
  }
  return null;
}
