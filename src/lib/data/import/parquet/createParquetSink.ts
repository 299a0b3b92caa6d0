import type { ParquetKind } from './parquetColumnKinds';
import type { GroupColumn } from './readRowGroup';

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
  /** Takes a row group's column, read from row `rowStart` on. */
  put(rowStart: number, column: GroupColumn): void;
}

/**
 * Storage for a column of `rows` rows. A row group's text codes, of its own dictionary, are
 * recoded into the column's, once per distinct text of the group, not once per row.
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
    put(rowStart, column) {
      const { numbers, codes, dictionary } = sink;
      const room = Math.max(0, rows - rowStart);
      sink.unsafe += column.unsafe;
      // A column read in place (into the table's own array) is there already.
      if (numbers && column.numbers) {
        if (column.numbers.buffer !== numbers.buffer)
          numbers.set(column.numbers.subarray(0, room), rowStart);
      } else if (codes && column.codes) {
        const recode = Int32Array.from(column.dictionary, (s) => {
          let code = index.get(s);
          if (code === undefined) index.set(s, (code = dictionary.push(s) - 1));
          return code;
        });
        const local = column.codes.subarray(0, room);
        // A coder shared by every group (one thread) codes as the column does: copy as is.
        if (recode.every((code, i) => code === i)) {
          if (local.buffer !== codes.buffer) codes.set(local, rowStart);
        } else for (let i = 0; i < local.length; i++) codes[rowStart + i] = recode[local[i]] | 0;
      }
    },
  };
  return sink;
}
