import { parsePeriod } from '../../period';
import type { Column, NumberColumn, Table, TextColumn } from '../../table';
import { periodColumns } from './detectShape';
import { dropRepeats } from './dropRepeats';

/**
 * The most cells a long table may have (about 300 MB at worst): a wide table whose other
 * columns are many would repeat each of them once per period.
 */
export const MAX_LONG_CELLS = 40_000_000;

function uniqueName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let k = 2; taken.has(name); k++) name = `${wanted} (${k})`;
  taken.add(name);
  return name;
}

function repeatEach<T extends Float64Array | Int32Array>(source: T, times: number): T {
  const out = (
    source instanceof Float64Array
      ? new Float64Array(source.length * times)
      : new Int32Array(source.length * times)
  ) as T;
  for (let r = 0; r < source.length; r++) out.fill(source[r], r * times, (r + 1) * times);
  return out;
}

/** Each row of a key column, repeated once per period. */
function repeatRows(column: Column, times: number): Column {
  if (column.type !== 'number') return { ...column, codes: repeatEach(column.codes, times) };
  const out: NumberColumn = { ...column, values: repeatEach(column.values, times) };
  if (column.flags) out.flags = { ...column.flags, codes: repeatEach(column.flags.codes, times) };
  return out;
}

/**
 * A wide table (periods as columns) reshaped long: the other columns as keys, then `period`
 * (type period) and `value` (number, Eurostat flags carried), one row per key row and period,
 * missing values kept as missing; a row repeating an earlier one in every cell counted once. A
 * table that is not wide comes back unchanged, and so does one that would grow past
 * MAX_LONG_CELLS, with an issue that says so.
 */
export function toLong(wide: Table): Table {
  if (periodColumns(wide.columns).length === 0) return wide;
  const table = dropRepeats(wide);
  const across = periodColumns(table.columns) as NumberColumn[];
  const keys = table.columns.filter((c) => !across.includes(c as NumberColumn));
  const P = across.length;
  const rows = table.rowCount * P;
  const cells = rows * (keys.length + 2);
  if (cells > MAX_LONG_CELLS) {
    const message =
      `Kept wide: made long, the ${table.rowCount.toLocaleString('en')} rows and ` +
      `${P.toLocaleString('en')} period columns would become ${rows.toLocaleString('en')} rows, ` +
      `each repeating the ${keys.length.toLocaleString('en')} other columns, more than the page ` +
      'can hold. Remove the columns you do not need, or chart the periods as they are.';
    return {
      ...table,
      issues: [...table.issues, { line: null, column: null, message, severity: 'warning' }],
    };
  }
  const taken = new Set(keys.map((c) => c.name));
  const labels: string[] = [];
  const periodKeys: number[] = [];
  const periodCode = across.map((c) => {
    const period = parsePeriod(c.name)!;
    let code = labels.indexOf(period.label);
    if (code < 0) code = labels.push(period.label) - 1;
    periodKeys[code] = period.key;
    return code;
  });
  const periodCodes = new Int32Array(rows);
  const values = new Float64Array(rows);
  const flagDictionary: string[] = [];
  const flagCodes = across.some((c) => c.flags) ? new Int32Array(rows).fill(-1) : null;
  across.forEach((column, p) => {
    const flagMap = column.flags?.dictionary.map((flag) => {
      const at = flagDictionary.indexOf(flag);
      return at < 0 ? flagDictionary.push(flag) - 1 : at;
    });
    for (let r = 0; r < table.rowCount; r++) {
      const at = r * P + p;
      periodCodes[at] = periodCode[p];
      values[at] = column.values[r];
      if (flagCodes && column.flags && flagMap && column.flags.codes[r] >= 0) {
        flagCodes[at] = flagMap[column.flags.codes[r]];
      }
    }
  });
  const period: TextColumn = {
    name: uniqueName('period', taken),
    type: 'period',
    codes: periodCodes,
    dictionary: labels,
    keys: Float64Array.from(periodKeys),
    role: 'time',
  };
  const value: NumberColumn = {
    name: uniqueName('value', taken),
    type: 'number',
    values,
    role: 'measure',
    // The unit a title row gave every period column (IMF DOTS: `US Dollars, Millions`).
    ...(across[0].unit && across.every((c) => c.unit === across[0].unit)
      ? { unit: across[0].unit }
      : {}),
  };
  if (flagCodes) value.flags = { codes: flagCodes, dictionary: flagDictionary };
  const columns = [...keys.map((c) => repeatRows(c, P)), period, value];
  return { ...table, rowCount: rows, columns };
}
