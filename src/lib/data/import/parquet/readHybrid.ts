type Unpack = (
  bytes: Uint8Array,
  at: number,
  last: number,
  width: number,
  output: Int32Array | Uint8Array,
  seen: number,
  values: number,
  end: number,
) => number;

/** Bit-packed values whose bytes are all there; returns where they end. */
const unpack: Unpack = (bytes, at, _last, width, output, seen, values, end) => {
  const mask = (1 << width) - 1;
  let data = 0;
  let bits = 0;
  for (let i = 0; i < values; i++) {
    while (bits < width) {
      data |= bytes[at++] << bits;
      bits += 8;
    }
    if (seen < end) output[seen++] = data & mask;
    data >>>= width;
    bits -= width;
  }
  return at;
};

/**
 * The same for a damaged page, whose run says more bytes than it has: the values wanted are
 * read from a copy padded with zeros, and the reader is left past the run (past the end).
 */
const unpackChecked: Unpack = (bytes, at, last, width, output, seen, values, end) => {
  const size = Math.ceil(((end - seen) * width) / 8);
  const padded = new Uint8Array(size);
  padded.set(bytes.subarray(at, Math.min(last, at + size)));
  unpack(padded, 0, size, width, output, seen, end - seen, end);
  return at + (values * width) / 8;
};

/**
 * Reads `output.length` values of Parquet's RLE / bit-packed hybrid encoding (definition
 * levels, dictionary indices) from `bytes[offset, end)`. Written for typed arrays, so it stays
 * fast from its first call; hyparquet's own reader also fills plain arrays and slows down
 * from switching between them. Bytes past `end` read as zeros: a damaged page never throws
 * here, its values are only wrong. Widths past 24 bits are left to hyparquet (`null`).
 */
export function readHybrid(
  bytes: Uint8Array,
  offset: number,
  end: number,
  width: number,
  output: Int32Array | Uint8Array,
): true | null {
  if (width > 24) return null;
  const mask = (1 << width) - 1;
  const last = Math.min(end, bytes.length);
  const count = output.length;
  let at = offset;
  let seen = 0;
  while (seen < count && at < last) {
    let header = 0;
    for (let shift = 0, byte = 0x80; byte & 0x80 && shift < 35; shift += 7) {
      byte = bytes[at++] ?? 0;
      header += (byte & 0x7f) * 2 ** shift;
    }
    if (header % 2 === 1) {
      // Bit-packed: groups of eight values, lowest bits first.
      const values = Math.floor(header / 2) * 8;
      const end = Math.min(seen + values, count);
      if (width === 8 && at + values <= last) {
        // One byte a value: a native copy.
        output.set(bytes.subarray(at, at + end - seen), seen);
        at += values;
        seen = end;
        continue;
      }
      at = (at + (values * width) / 8 <= last ? unpack : unpackChecked)(
        bytes,
        at,
        last,
        width,
        output,
        seen,
        values,
        end,
      );
      seen = end;
    } else {
      // A run: one value, in whole bytes, repeated.
      const run = Math.floor(header / 2);
      let value = 0;
      for (let b = 0; b < (width + 7) >> 3; b++) value |= (at < last ? bytes[at++] : 0) << (8 * b);
      output.fill(value & mask, seen, Math.min(seen + run, count));
      seen += run;
    }
  }
  return true;
}
