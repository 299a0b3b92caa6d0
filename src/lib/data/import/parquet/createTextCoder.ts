/** Codes for the text of one column: code 0 is `''`, which missing cells share. */
export interface TextCoder {
  /** The text of each code. */
  dictionary: string[];
  codeOfText(text: string): number;
  /** The code of the UTF-8 bytes `bytes[start, start + length)`. */
  codeOfBytes(bytes: Uint8Array, start: number, length: number): number;
}

const utf8 = new TextDecoder();
const EMPTY = -1;

/** UTF-8 bytes as text; short ASCII (codes, most names) without a TextDecoder call each. */
function decode(bytes: Uint8Array, start: number, length: number): string {
  const part = bytes.subarray(start, start + length);
  if (length > 64 || part.some((b) => b > 0x7f)) return utf8.decode(part);
  return String.fromCharCode.apply(null, part as unknown as number[]);
}

/**
 * A coder that finds byte strings in a hash table of their bytes, so a value met before costs
 * no string at all: a column of plain (not dictionary-encoded) strings repeats few distinct
 * values a million times. Only new byte strings are decoded, then coded by their text (two
 * byte strings may decode alike).
 */
export function createTextCoder(): TextCoder {
  const dictionary = [''];
  const byText = new Map<string, number>([['', 0]]);
  let slots = new Int32Array(1024).fill(EMPTY);
  let pool = new Uint8Array(4096);
  let used = 0;
  // Per byte string met: where its bytes are in the pool, its hash and its code.
  const starts: number[] = [];
  const lengths: number[] = [];
  const hashes: number[] = [];
  const codes: number[] = [];

  const codeOfText = (text: string): number => {
    let code = byText.get(text);
    if (code === undefined) byText.set(text, (code = dictionary.push(text) - 1));
    return code;
  };

  const same = (entry: number, bytes: Uint8Array, start: number, length: number): boolean => {
    if (lengths[entry] !== length) return false;
    const at = starts[entry];
    for (let i = 0; i < length; i++) if (pool[at + i] !== bytes[start + i]) return false;
    return true;
  };

  const grow = () => {
    slots = new Int32Array(slots.length * 2).fill(EMPTY);
    const mask = slots.length - 1;
    for (let entry = 0; entry < hashes.length; entry++) {
      let slot = hashes[entry] & mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = entry;
    }
  };

  const add = (bytes: Uint8Array, start: number, length: number, hash: number): number => {
    if (used + length > pool.length) {
      const larger = new Uint8Array(Math.max(pool.length * 2, used + length));
      larger.set(pool.subarray(0, used));
      pool = larger;
    }
    pool.set(bytes.subarray(start, start + length), used);
    starts.push(used);
    lengths.push(length);
    hashes.push(hash);
    used += length;
    const code = codeOfText(decode(bytes, start, length));
    codes.push(code);
    return code;
  };

  const codeOfBytes = (bytes: Uint8Array, start: number, length: number): number => {
    // FNV-1a: quick, and spreads the short codes and names of a trade table well enough.
    let hash = 0x811c9dc5;
    for (let i = 0; i < length; i++) hash = Math.imul(hash ^ bytes[start + i], 0x01000193);
    const mask = slots.length - 1;
    let slot = hash & mask;
    for (let entry = slots[slot]; entry !== EMPTY; entry = slots[slot]) {
      if (hashes[entry] === hash && same(entry, bytes, start, length)) return codes[entry];
      slot = (slot + 1) & mask;
    }
    slots[slot] = hashes.length;
    const code = add(bytes, start, length, hash);
    if (hashes.length * 2 > slots.length) grow();
    return code;
  };

  return { dictionary, codeOfText, codeOfBytes };
}
