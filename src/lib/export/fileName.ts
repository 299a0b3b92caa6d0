/** Names Windows reserves for devices, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
/** Bytes for the name before the extension: well under every file system's 255. */
const MAX_STEM_BYTES = 120;

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

/**
 * A safe, readable file name for an export: `China–Russia two-way trade, 2012–2023` →
 * `china-russia-two-way-trade-2012-2023.svg`, or with a date
 * `…-2024-05-06.svg`. Accents are folded, other scripts kept; anything but letters and digits
 * becomes one hyphen, so no path separator, control character, dot or reserved device name
 * survives. Bounded in length; `chart` when nothing is left.
 */
export function exportFileName(title: string, ext: string, date?: string): string {
  let stem = String(title ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const chars = [...stem].slice(0, MAX_STEM_BYTES);
  while (chars.length && utf8Length(chars.join('')) > MAX_STEM_BYTES) chars.pop();
  stem = chars.join('').replace(/-+$/, '') || 'chart';
  if (RESERVED.test(stem)) stem = `${stem}-chart`;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date ?? '') ? `-${date}` : '';
  const extension = String(ext ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 10);
  return `${stem}${day}.${extension || 'txt'}`;
}
