import type { ParquetKind } from './parquetColumnKinds';

/** One column's values as row groups arrive, stored by kind: no row objects, no text detour. */
export interface ParquetSink {
  name: string;
  kind: ParquetKind;
  /** Numbers (NaN = missing); for dates, epoch milliseconds. */
  numbers: Float64Array | null;
  /** Text codes into `dictionary` (entry 0 is `''`, also for missing cells). */
  codes: Int32Array | null;
  dictionary: string[];
  /** Integers past 2^53 read with rounding. */
  unsafe: number;
  set(rowStart: number, values: ArrayLike<unknown>): void;
}

const text = (v: unknown): string =>
  typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v);

/**
 * Storage for a column of `rows` rows. Strings are coded as they come (a dictionary-encoded
 * column hands the same string again and again, so its dictionary stays small).
 */
export function createParquetSink(name: string, kind: ParquetKind, rows: number): ParquetSink {
  const index = new Map<string, number>([['', 0]]);
  const sink: ParquetSink = {
    name,
    kind,
    numbers: kind === 'text' ? null : new Float64Array(rows).fill(NaN),
    codes: kind === 'text' ? new Int32Array(rows) : null,
    dictionary: [''],
    unsafe: 0,
    set(rowStart, values) {
      const { numbers, codes, dictionary } = sink;
      for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (codes) {
          const s = text(v);
          let code = index.get(s);
          if (code === undefined) index.set(s, (code = dictionary.push(s) - 1));
          codes[rowStart + i] = code;
        } else if (typeof v === 'number') numbers![rowStart + i] = v;
        else if (typeof v === 'bigint') {
          const n = Number(v);
          if (!Number.isSafeInteger(n)) sink.unsafe++;
          numbers![rowStart + i] = n;
        } else if (v instanceof Date) numbers![rowStart + i] = v.getTime();
      }
    },
  };
  return sink;
}
