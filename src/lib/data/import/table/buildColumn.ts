import { parsePeriod } from '../../period';
import type { Column, ImportIssue, NumberColumn, TextColumn } from '../../table';
import type { ColumnValues } from '../values/cleanValues';
import { MAX_CELL_ISSUES } from '../importLimits';
import type { ColumnTypeDecision } from '../values/inferColumnType';
import { isMissingMarker } from '../values/missingMarkers';
import { parseIsoDate } from '../values/parseIsoDate';
import type { NumberReading } from '../values/readNumbers';
import { emptyTally, scientificIssue, tallyScientific } from '../values/scientificNotation';

function numberColumn(
  column: ColumnValues,
  reading: NumberReading,
  rowLines: Int32Array,
  issues: ImportIssue[],
): NumberColumn {
  const { name, codes, dictionary } = column;
  const values = new Float64Array(codes.length);
  let unreadable = 0;
  for (let r = 0; r < codes.length; r++) {
    const code = codes[r];
    values[r] = reading.values[code];
    if (reading.unreadable[code] === 1 && ++unreadable <= MAX_CELL_ISSUES) {
      const message = `"${dictionary[code]}" is not a number; the cell is left empty.`;
      issues.push({ line: rowLines[r], column: name, message, severity: 'warning' });
    }
  }
  if (unreadable > MAX_CELL_ISSUES) {
    const message = `${unreadable - MAX_CELL_ISSUES} more cells that are not numbers were left empty.`;
    issues.push({ line: null, column: name, message, severity: 'warning' });
  }
  if (reading.ambiguous.length > 0) {
    const example = reading.ambiguous[0];
    const as = reading.decimal === '.' ? 'a thousands separator' : 'a decimal separator';
    const comma = example.includes(',') ? 'the comma' : 'the dot';
    const message =
      `${reading.ambiguous.length} values such as "${example}" can be read two ways; ` +
      `${comma} was read as ${as}, and no value in the column tells which is meant. Check the numbers.`;
    issues.push({ line: null, column: name, message, severity: 'warning' });
  }
  const rounded = scientificIssue(scientificCells(column, reading), name, rowLines);
  if (rounded) issues.push(rounded);
  const out: NumberColumn = { name, type: 'number', values };
  if (reading.flags) {
    const flags = new Int32Array(codes.length);
    for (let r = 0; r < codes.length; r++) flags[r] = reading.flags[codes[r]];
    out.flags = { codes: flags, dictionary: reading.flagDictionary };
  }
  return out;
}

/** The column's numbers written in scientific notation, each distinct value read once. */
function scientificCells({ codes, dictionary }: ColumnValues, reading: NumberReading) {
  const tally = emptyTally();
  const seen = new Uint8Array(dictionary.length);
  for (let r = 0; r < codes.length; r++) {
    const code = codes[r];
    if (seen[code] === 2 || Number.isNaN(reading.values[code])) continue;
    if (seen[code] === 0) seen[code] = /[eE]/.test(dictionary[code]) ? 1 : 2;
    if (seen[code] === 1) tallyScientific(tally, r, dictionary[code]);
  }
  return tally;
}

function textColumn(
  column: ColumnValues,
  decision: ColumnTypeDecision,
  inPlace: boolean,
): TextColumn {
  const { name, codes, dictionary } = column;
  const type = decision.type as TextColumn['type'];
  const missing = decision.code ? (s: string) => s === '' : isMissingMarker;
  const labels: string[] = [];
  const keys: number[] = [];
  // Values are distinct already; only periods written two ways (`2022M03`, `2022-03`) merge.
  const index = type === 'period' ? new Map<string, number>() : null;
  const remap = new Int32Array(dictionary.length).fill(-1);
  for (let i = 0; i < dictionary.length; i++) {
    const s = dictionary[i];
    if (missing(s)) continue;
    const period = index ? parsePeriod(s) : null;
    const label = period ? period.label : s;
    let code = index?.get(label);
    if (code === undefined) {
      code = labels.push(label) - 1;
      index?.set(label, code);
      keys.push(period ? period.key : type === 'date' ? parseIsoDate(s) : NaN);
    }
    remap[i] = code;
  }
  // Each code is read before it is written over, so the codes can be typed where they are.
  const out = inPlace ? codes : new Int32Array(codes.length);
  for (let r = 0; r < codes.length; r++) out[r] = remap[codes[r]];
  const result: TextColumn = { name, type, codes: out, dictionary: labels };
  if (type === 'period' || type === 'date') result.keys = Float64Array.from(keys);
  if (column.groups && type === 'category') result.groups = column.groups;
  return result;
}

/**
 * The typed column for a decision; unreadable numbers and ambiguous readings become issues.
 * With `inPlace`, a text column's codes are typed in the array given (nothing reads it again).
 */
export function buildColumn(
  column: ColumnValues,
  decision: ColumnTypeDecision,
  rowLines: Int32Array,
  issues: ImportIssue[],
  inPlace = false,
): Column {
  if (decision.type === 'number') {
    const reading = decision.numbers ?? {
      decimal: '.',
      values: new Float64Array(column.dictionary.length).fill(NaN),
      unreadable: new Uint8Array(column.dictionary.length),
      flags: null,
      flagDictionary: [],
      ambiguous: [],
    };
    return numberColumn(column, reading, rowLines, issues);
  }
  return textColumn(column, decision, inPlace);
}
