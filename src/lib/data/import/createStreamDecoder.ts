import { byteOrderMark, type TextEncoding } from './detectEncoding';

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

/**
 * A streaming decoder for `encoding`. The encoding was guessed from the file's first bytes;
 * when a later chunk is not valid UTF-8 and everything before it was plain ASCII, decoding
 * switches to Windows-1252 (both read ASCII alike, so nothing decoded so far changes).
 */
export function createStreamDecoder(encoding: TextEncoding): StreamDecoder {
  let current = encoding;
  let decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  let asciiSoFar = true;
  let started = false;
  let replacedInvalid = false;

  function decode(bytes: Uint8Array, final = false): string {
    const options = { stream: !final };
    const bom = !started && byteOrderMark(bytes) ? byteOrderMark(bytes)!.length : 0;
    started = started || bytes.length > 0;
    if (current === 'windows-1252') return fixCp1252(decoder.decode(bytes, options));
    if (current !== 'utf-8' || replacedInvalid) return decoder.decode(bytes, options);
    try {
      const text = decoder.decode(bytes, options);
      asciiSoFar = asciiSoFar && text.length === bytes.length - bom;
      return text;
    } catch {
      if (asciiSoFar) {
        current = 'windows-1252';
        decoder = new TextDecoder(current);
        return fixCp1252(decoder.decode(bytes, options));
      } else {
        replacedInvalid = true;
        decoder = new TextDecoder('utf-8');
      }
      return decoder.decode(bytes, options);
    }
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
