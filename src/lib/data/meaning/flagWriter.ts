import type { NumberColumn } from '../table';

/**
 * A writer of per-value flags on a number column: `add(row, 'e')` joins the letter to the flags
 * the value already has (`p` → `pe`), so a file's own flags are never lost. Missing values get
 * none: a gap is a gap, not an estimated gap.
 */
export function flagWriter(column: NumberColumn): { add(row: number, letter: string): boolean } {
  const rows = column.values.length;
  const flags = (column.flags ??= { codes: new Int32Array(rows).fill(-1), dictionary: [] });
  const codeOf = new Map(flags.dictionary.map((word, i) => [word, i]));
  const joined = new Map<string, number>();
  return {
    add(row, letter) {
      if (Number.isNaN(column.values[row])) return false;
      const old = flags.codes[row];
      const before = old >= 0 ? flags.dictionary[old] : '';
      if (before.includes(letter)) return false;
      const key = `${old}:${letter}`;
      let code = joined.get(key);
      if (code === undefined) {
        const word = before + letter;
        code = codeOf.get(word);
        if (code === undefined) {
          code = flags.dictionary.push(word) - 1;
          codeOf.set(word, code);
        }
        joined.set(key, code);
      }
      flags.codes[row] = code;
      return true;
    },
  };
}

/** Drops a flags record that no value uses (a column where nothing was marked). */
export function dropUnusedFlags(column: NumberColumn): void {
  if (column.flags && column.flags.dictionary.length === 0) delete column.flags;
}
