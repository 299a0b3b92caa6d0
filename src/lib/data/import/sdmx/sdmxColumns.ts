import type { Column, NumberColumn, TextColumn } from '../../table';

/** The SDMX concept a column holds: `geo: Geopolitical entity` (labels shown) is `GEO`. */
const concept = (c: Column) => c.name.split(':')[0].trim().toUpperCase();

const find = (columns: readonly Column[], ...names: string[]) =>
  columns.find((c) => names.includes(concept(c)));

/** A text column with at most one distinct value: it says nothing row by row. */
const constant = (c: Column | undefined): c is Column =>
  !!c && c.type !== 'number' && c.dictionary.length <= 1;

type Flags = NonNullable<NumberColumn['flags']>;

/**
 * The value's flags with the flag column's letters (lower case, as flags are kept) wherever a
 * row has none yet: the letters are mostly on the values already, but a gap keeps its flag too
 * (`c`, confidential, says why a value is missing).
 */
function withFlags(flags: Flags | undefined, column: TextColumn): Flags {
  const dictionary = flags ? [...flags.dictionary] : [];
  const index = new Map(dictionary.map((w, i) => [w, i]));
  const codes = flags ? Int32Array.from(flags.codes) : new Int32Array(column.codes.length).fill(-1);
  for (let r = 0; r < codes.length; r++) {
    const c = column.codes[r];
    const word = c < 0 ? '' : column.dictionary[c].trim().toLowerCase();
    if (codes[r] >= 0 || !word) continue;
    let code = index.get(word);
    if (code === undefined) index.set(word, (code = dictionary.push(word) - 1));
    codes[r] = code;
  }
  return { codes, dictionary };
}

/** What SDMX-CSV reading changed: the columns kept, and what was folded away. */
export interface SdmxColumns {
  columns: Column[];
  /** Names of the columns folded into others or into the source. */
  folded: string[];
}

/**
 * SDMX-CSV (Eurostat, IMF, OECD, ECB downloads) read for what it is: a long table of
 * observations. `OBS_FLAG` (or `OBS_STATUS`) becomes the flags of `OBS_VALUE`, `TIME_PERIOD`
 * is the time and `OBS_VALUE` the measure, and the columns that only repeat the dataflow
 * (`DATAFLOW`, `STRUCTURE`, `STRUCTURE_ID`, `ACTION`), which the source already names, are
 * dropped. Null when the columns are not SDMX-CSV (no `OBS_VALUE` and `TIME_PERIOD` next to a
 * `DATAFLOW` or `STRUCTURE_ID`). Values are never changed.
 */
export function sdmxColumns(columns: readonly Column[]): SdmxColumns | null {
  const value = find(columns, 'OBS_VALUE');
  const time = find(columns, 'TIME_PERIOD');
  const flow = find(columns, 'DATAFLOW', 'STRUCTURE_ID');
  if (!value || !time || !flow || flow.type === 'number') return null;
  const dropped = new Set<Column>();
  for (const name of ['DATAFLOW', 'STRUCTURE', 'STRUCTURE_ID', 'ACTION']) {
    const c = find(columns, name);
    if (constant(c)) dropped.add(c);
  }
  let measure: Column = { ...value, role: 'measure' };
  const flag = find(columns, 'OBS_FLAG', 'OBS_STATUS');
  if (flag && flag.type !== 'number' && measure.type === 'number') {
    measure = { ...measure, flags: withFlags(measure.flags, flag) };
    dropped.add(flag);
  }
  const kept = columns
    .filter((c) => !dropped.has(c))
    .map((c) => (c === value ? measure : c === time ? { ...c, role: 'time' as const } : c));
  return { columns: kept, folded: [...dropped].map((c) => c.name) };
}
