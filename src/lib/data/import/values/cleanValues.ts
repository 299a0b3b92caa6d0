import { indentedGroups } from '../../meaning/indentedGroups';

/** A column between reading and typing: its distinct strings, each row's code, and counts. */
export interface ColumnValues {
  name: string;
  /** Field position in the file, from 1 (for `Column N` names and messages). */
  position: number;
  /** Distinct values; entry 0 is always `''`. */
  dictionary: string[];
  /** One code per row into `dictionary`. */
  codes: Int32Array;
  /** Rows per dictionary entry. */
  counts: Int32Array;
  /** Names the file indents others under, read before trimming took the indents away. */
  groups?: string[];
}

/** Trimmed, without allocating when both ends are visible ASCII (the common case). */
function trimmed(s: string): string {
  if (s.length === 0) return s;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(s.length - 1);
  return a > 32 && a < 127 && b > 32 && b < 127 ? s : s.trim();
}

/**
 * Trims every distinct value once (Eurostat pads cells, Excel leaves tabs) and merges entries
 * that become equal, so `2003 ` and `2003` are one value. Only the first `rowCount` codes count.
 */
export function cleanValues(
  name: string,
  position: number,
  rawDictionary: readonly string[],
  rawCodes: Int32Array,
  rowCount: number,
): ColumnValues {
  // Distinct values that need no trimming stay distinct: no second index of them is needed.
  let untrimmed = 1;
  while (
    untrimmed < rawDictionary.length &&
    trimmed(rawDictionary[untrimmed]) === rawDictionary[untrimmed]
  )
    untrimmed++;
  if (untrimmed === rawDictionary.length) {
    // A view, not a copy: typing the column reads these codes and writes its own.
    const codes = rawCodes.subarray(0, rowCount);
    const counts = new Int32Array(rawDictionary.length);
    for (let r = 0; r < rowCount; r++) counts[codes[r]]++;
    // Dots are the one indent that needs no trimming (`..Developing economies`).
    const dotted = rawDictionary.some((v) => v.charCodeAt(0) === 46 && /^\.+\D/.test(v));
    const groups = dotted ? indentedGroups(rawDictionary) : [];
    const dictionary = rawDictionary.slice();
    return { name, position, dictionary, codes, counts, ...(groups.length ? { groups } : {}) };
  }
  const dictionary = [''];
  const index = new Map<string, number>([['', 0]]);
  const remap = new Int32Array(rawDictionary.length);
  let changed = false;
  for (let i = 1; i < rawDictionary.length; i++) {
    const s = trimmed(rawDictionary[i]);
    let code = index.get(s);
    if (code === undefined) {
      code = dictionary.push(s) - 1;
      index.set(s, code);
    }
    remap[i] = code;
    changed ||= code !== i;
  }
  const groups = indentedGroups(rawDictionary);
  const codes = changed ? new Int32Array(rowCount) : rawCodes.slice(0, rowCount);
  const counts = new Int32Array(dictionary.length);
  for (let r = 0; r < rowCount; r++) {
    const code = changed ? remap[rawCodes[r]] : codes[r];
    if (changed) codes[r] = code;
    counts[code]++;
  }
  return { name, position, dictionary, codes, counts, ...(groups.length ? { groups } : {}) };
}
