/**
 * Eurostat's flags: b break in series, c confidential, d definition differs, e estimated,
 * f forecast, i see metadata, n not significant, p provisional, r revised, s Eurostat estimate,
 * u low reliability, z not applicable. A cell may carry several (`bep`).
 */
const FLAG_LETTERS = 'bcdefinprsuz';

function isFlagWord(s: string): boolean {
  if (s.length === 0 || s.length > 3) return false;
  for (const ch of s) if (!FLAG_LETTERS.includes(ch)) return false;
  return true;
}

/**
 * Splits a value from its trailing Eurostat flag: `12.3 p` → ['12.3', 'p'], `: c` → [':', 'c'].
 * Returns null when the cell has no flag (only a value followed by a space and flag letters
 * counts, so ordinary words stay whole).
 */
export function splitFlag(s: string): [value: string, flag: string] | null {
  const last = s.charCodeAt(s.length - 1);
  if (last < 97 || last > 122) return null;
  const space = s.lastIndexOf(' ');
  if (space <= 0) return null;
  const flag = s.slice(space + 1);
  if (!isFlagWord(flag)) return null;
  const value = s.slice(0, space).trimEnd();
  const first = value.charCodeAt(0);
  const numeric = (first >= 48 && first <= 57) || value[0] === '-' || value[0] === '.';
  return numeric || value === ':' ? [value, flag] : null;
}
