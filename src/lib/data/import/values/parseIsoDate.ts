const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Epoch milliseconds of an ISO 8601 date (`2023-10-26`) or date-time (`2023-10-26T08:30Z`,
 * `2023-10-26 08:30:00`; no zone = UTC); NaN for anything else, including impossible days.
 */
export function parseIsoDate(s: string): number {
  const m = ISO_DATE.exec(s);
  if (!m) return NaN;
  const [, y, mo, d, h = '0', mi = '0', sec = '0', ms = '0', zone] = m;
  const year = Number(y);
  const month = Number(mo) - 1;
  const day = Number(d);
  const time = Date.UTC(
    year,
    month,
    day,
    Number(h),
    Number(mi),
    Number(sec),
    Number(ms.padEnd(3, '0')),
  );
  const check = new Date(Date.UTC(year, month, day));
  if (check.getUTCMonth() !== month || check.getUTCDate() !== day) return NaN;
  if (Number(h) > 23 || Number(mi) > 59 || Number(sec) > 59) return NaN;
  return time - zoneOffset(zone);
}

function zoneOffset(zone: string | undefined): number {
  if (!zone || zone === 'Z') return 0;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
}
