/** The text encodings the importer reads; names are WHATWG labels TextDecoder accepts. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The byte-order mark at the start of `bytes`, if any. */
export function byteOrderMark(
  bytes: Uint8Array,
): { encoding: TextEncoding; length: number } | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * UTF-16 without a BOM, told by its NUL bytes: Latin text in UTF-16LE has a NUL in every
 * odd byte, in UTF-16BE in every even byte. Looks at the first 4 KB only.
 */
export function utf16ByNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= 0.3 * pairs && even <= 0.05 * pairs) return 'utf-16le';
  if (even >= 0.3 * pairs && odd <= 0.05 * pairs) return 'utf-16be';
  return null;
}

/** Bytes each lead byte announces, with the range its first continuation byte must fall in. */
function sequence(lead: number): [length: number, lo: number, hi: number] | null {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f]; // no UTF-16 surrogates
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f];
  return null;
}

/**
 * Whether `bytes` is well-formed UTF-8. A sequence cut off by the end of `bytes` counts as
 * valid when `truncatedEndOk`, so a sample taken from the start of a file can be judged.
 */
export function isValidUtf8(bytes: Uint8Array, truncatedEndOk = true): boolean {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const seq = sequence(lead);
    if (!seq) return false;
    const [length, lo, hi] = seq;
    if (i + length > n) return truncatedEndOk && tailOk(bytes, i + 1, lo, hi);
    if (bytes[i + 1] < lo || bytes[i + 1] > hi) return false;
    for (let k = 2; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return false;
    i += length;
  }
  return true;
}

function tailOk(bytes: Uint8Array, from: number, lo: number, hi: number): boolean {
  if (from < bytes.length && (bytes[from] < lo || bytes[from] > hi)) return false;
  for (let k = from + 1; k < bytes.length; k++) if ((bytes[k] & 0xc0) !== 0x80) return false;
  return true;
}

/**
 * The encoding of a file from its first bytes: a BOM wins; then UTF-16 by its NUL pattern;
 * then UTF-8 when the bytes are valid UTF-8; else Windows-1252 (which also reads ISO-8859-1).
 */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  const bom = byteOrderMark(bytes);
  if (bom) return bom.encoding;
  const utf16 = utf16ByNulPattern(bytes);
  if (utf16) return utf16;
  return isValidUtf8(bytes) ? 'utf-8' : 'windows-1252';
}
