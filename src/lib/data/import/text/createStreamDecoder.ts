import { byteOrderMark, isValidUtf8, type TextEncoding } from './detectEncoding';

// Windows-1252 bytes 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ). Some
// TextDecoder builds (Node 20) decode them as C1 controls, like ISO-8859-1; this puts them right.
const CP1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const C1 = /[\u0080-\u009f]/;
const C1_ALL = /[\u0080-\u009f]/g;

function fixCp1252(text: string): string {
  return C1.test(text) ? text.replace(C1_ALL, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]) : text;
}

/** Decodes a file chunk by chunk; a BOM at the start is dropped. */
export interface StreamDecoder {
  /** The encoding in use: it turns from UTF-8 to Windows-1252 if a later chunk proves it. */
  readonly encoding: TextEncoding;
  /** True once invalid UTF-8 met after other non-ASCII text was replaced by U+FFFD. */
  readonly replacedInvalid: boolean;
  decode(bytes: Uint8Array, final?: boolean): string;
}

/** `tail` (the last bytes decoded) from its first character boundary, followed by `bytes`. */
function withTail(tail: Uint8Array, bytes: Uint8Array): Uint8Array {
  let from = 0;
  while (from < tail.length && (tail[from] & 0xc0) === 0x80) from++;
  const out = new Uint8Array(tail.length - from + bytes.length);
  out.set(tail.subarray(from));
  out.set(bytes, tail.length - from);
  return out;
}

/**
 * A streaming decoder for `encoding`. The encoding was guessed from the file's first bytes;
 * when a later chunk is not valid UTF-8 and everything before it was plain ASCII, decoding
 * switches to Windows-1252 (both read ASCII alike, so nothing decoded so far changes).
 * UTF-8 is decoded leniently (a fatal TextDecoder is several times slower in Chromium) and
 * checked only where a chunk's text holds U+FFFD, which the file may also contain as such.
 */
export function createStreamDecoder(encoding: TextEncoding): StreamDecoder {
  let current = encoding;
  let decoder = new TextDecoder(encoding);
  let asciiSoFar = true;
  let started = false;
  let replacedInvalid = false;
  // The last bytes decoded: a character cut off at a chunk's end starts in them.
  let tail = new Uint8Array(0);

  function decode(bytes: Uint8Array, final = false): string {
    const options = { stream: !final };
    const bom = !started && byteOrderMark(bytes) ? byteOrderMark(bytes)!.length : 0;
    started = started || bytes.length > 0;
    if (current === 'windows-1252') return fixCp1252(decoder.decode(bytes, options));
    if (current !== 'utf-8' || replacedInvalid) return decoder.decode(bytes, options);
    const text = decoder.decode(bytes, options);
    const before = tail;
    tail = (bytes.length >= 3 ? bytes : withTail(tail, bytes)).slice(-3);
    if (text.includes('\ufffd') && !isValidUtf8(withTail(before, bytes), !final)) {
      if (asciiSoFar) {
        current = 'windows-1252';
        decoder = new TextDecoder(current);
        return fixCp1252(decoder.decode(bytes, options));
      }
      replacedInvalid = true;
    }
    asciiSoFar = asciiSoFar && text.length === bytes.length - bom;
    return text;
  }

  return {
    get encoding() {
      return current;
    },
    get replacedInvalid() {
      return replacedInvalid;
    },
    decode,
  };
}

/** The whole of `bytes` as text in `encoding`, without its BOM. */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding): string {
  return createStreamDecoder(encoding).decode(bytes, true);
}
