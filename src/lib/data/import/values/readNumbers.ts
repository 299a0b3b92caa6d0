import { isMissingMarker } from './missingMarkers';
import { couldBeNumber, parseNumber, type DecimalSeparator } from './parseNumber';
import { splitFlag } from '../shape/splitFlag';

/** A column's distinct values read as numbers, with the decimal separator decided once. */
export interface NumberReading {
  decimal: DecimalSeparator;
  /** Per distinct value: the number; NaN when missing or unreadable. */
  values: Float64Array;
  /** Per distinct value: 1 when it is neither a number nor a missing marker. */
  unreadable: Uint8Array;
  /** Per distinct value: its Eurostat flag's code in `flagDictionary`, -1 for none. */
  flags: Int32Array | null;
  flagDictionary: string[];
  /** Values that read differently with either separator (`1,234`) when nothing settled which. */
  ambiguous: string[];
}

/**
 * Reads a column's distinct values as numbers. The decimal separator is the one the values
 * prove (`3.290,2` or `229,1` can only mean a decimal comma; `1,234.5` a decimal point);
 * when none does, `fallback`. Returns null when fewer than `minShare` of the filled cells are
 * numbers (or missing markers with a flag): the column is not numeric.
 */
export function readNumbers(
  dictionary: readonly string[],
  counts: Int32Array,
  fallback: DecimalSeparator,
  minShare = 0.8,
): NumberReading | null {
  const n = dictionary.length;
  let filled = 0;
  for (let i = 1; i < n; i++) if (!isMissingMarker(dictionary[i])) filled += counts[i];
  const allowed = (1 - minShare) * filled + 1e-9;
  const dot = new Float64Array(n).fill(NaN);
  const comma = new Float64Array(n).fill(NaN);
  const flagOf = new Map<number, string>();
  const either: string[] = [];
  let dotOnly = 0;
  let commaOnly = 0;
  let other = 0;
  let numbers = 0;
  for (let i = 1; i < n; i++) {
    let s = dictionary[i];
    if (isMissingMarker(s)) continue;
    const flagged = splitFlag(s);
    if (flagged) {
      flagOf.set(i, flagged[1]);
      s = flagged[0];
      if (isMissingMarker(s)) continue;
    }
    const d = couldBeNumber(s) ? parseNumber(s) : NaN;
    const c = couldBeNumber(s) ? parseNumber(s, { decimal: ',' }) : NaN;
    if (Number.isNaN(d) && Number.isNaN(c)) {
      other += counts[i];
      if (other > allowed) return null;
      continue;
    }
    numbers += counts[i];
    dot[i] = d;
    comma[i] = c;
    if (Number.isNaN(c)) dotOnly++;
    else if (Number.isNaN(d)) commaOnly++;
    else if (d !== c) either.push(dictionary[i]);
  }
  if (numbers === 0) return null;
  const decimal = commaOnly > dotOnly ? ',' : dotOnly > commaOnly ? '.' : fallback;
  const values = decimal === '.' ? dot : comma;
  const unreadable = new Uint8Array(n);
  for (let i = 1; i < n; i++) {
    if (
      Number.isNaN(values[i]) &&
      !isMissingMarker(splitFlag(dictionary[i])?.[0] ?? dictionary[i])
    ) {
      unreadable[i] = 1;
    }
  }
  const ambiguous = dotOnly === 0 && commaOnly === 0 ? either : [];
  return { decimal, values, unreadable, ...flagCodes(flagOf, n), ambiguous };
}

function flagCodes(flagOf: Map<number, string>, n: number) {
  if (flagOf.size === 0) return { flags: null, flagDictionary: [] };
  const flagDictionary: string[] = [];
  const flags = new Int32Array(n).fill(-1);
  for (const [i, flag] of flagOf) {
    let code = flagDictionary.indexOf(flag);
    if (code < 0) code = flagDictionary.push(flag) - 1;
    flags[i] = code;
  }
  return { flags, flagDictionary };
}
