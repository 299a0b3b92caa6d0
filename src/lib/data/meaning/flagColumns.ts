import type { Column, NumberColumn } from '../table';
import { ESTIMATE_FLAG, type Marked } from './estimatesAfter';
import { dropUnusedFlags, flagWriter } from './flagWriter';

/** UN Comtrade+'s `isQtyEstimated`, `isNetWgtEstimated`: the value of `qty`, `netWgt` is estimated. */
const IS_ESTIMATED = /^is[\s_]*(.+?)[\s_]*estimated$/i;
/** Legacy Comtrade's `Flag` (and Comtrade+'s `legacyEstimationFlag`): 2 quantity, 4 net weight. */
const LEGACY_FLAG = /^(flag|legacy[\s_]*estimation[\s_]*flag)$/i;
const QUANTITY = /^(qty|quantity)\b/i;
const NET_WEIGHT = /^net[\s_]*(weight|wgt)/i;
/** SDMX-CSV's `OBS_FLAG`, OECD's `Flag Codes`: letters beside one value column. */
const LETTER_FLAGS = /^(obs[\s_]*flag|obs[\s_]*status|flag[\s_]*codes?|flags?)$/i;
const VALUE = /^(obs[\s_]*value|value)$/i;
const TRUE = new Set(['true', '1', 'yes', 'y']);

const squash = (s: string) => s.toLowerCase().replace(/[\s_]/g, '');
const cell = (c: Column, r: number): string | null => {
  if (c.type === 'number') return Number.isNaN(c.values[r]) ? null : String(c.values[r]);
  return c.codes[r] < 0 ? null : c.dictionary[c.codes[r]].trim();
};

/** Writes `letter(row)` onto `target` for every row; counts what it wrote. */
function mark(
  source: Column,
  target: NumberColumn,
  rowCount: number,
  letter: (row: number) => string | null,
): Marked {
  source.role = 'note';
  const writer = flagWriter(target);
  const what = `flags on “${target.name}”`;
  const marked: Marked = { column: source.name, what, count: 0, rows: [] };
  for (let r = 0; r < rowCount; r++) {
    const word = letter(r);
    if (!word) continue;
    let wrote = false;
    for (const ch of word) wrote = writer.add(r, ch) || wrote;
    if (!wrote) continue;
    marked.count++;
    if (marked.rows.length < 3) marked.rows.push(r);
  }
  dropUnusedFlags(target);
  return marked;
}

/** Whether every value of a column is an estimation code: 0, 2, 4 or 6 (or missing). */
function estimationCodes(column: Column, rowCount: number): boolean {
  for (let r = 0; r < rowCount; r++) {
    const v = cell(column, r);
    if (v !== null && !/^[0246]$/.test(v)) return false;
  }
  return true;
}

const numberNamed = (columns: Column[], test: (name: string) => boolean) =>
  columns.find((c): c is NumberColumn => c.type === 'number' && test(c.name.trim()));

/**
 * Per-value flags a file keeps in columns of their own, moved onto the values they qualify:
 * Comtrade+'s `is…Estimated` (true → the named column's value is an estimate), legacy
 * Comtrade's `Flag` (2 quantity, 4 net weight, 6 both estimated), and letter flags beside a
 * single value column (SDMX `OBS_FLAG`, OECD `Flag Codes`: `E`, `P`, `B`, kept as letters).
 */
export function flagColumns(columns: Column[], rowCount: number): Marked[] {
  const out: Marked[] = [];
  const own = columns.filter((c) => IS_ESTIMATED.test(c.name.trim()));
  for (const c of own) {
    const what = squash(IS_ESTIMATED.exec(c.name.trim())![1]);
    const target = numberNamed(columns, (n) => squash(n) === what);
    if (target)
      out.push(
        mark(c, target, rowCount, (r) =>
          TRUE.has(cell(c, r)?.toLowerCase() ?? '') ? ESTIMATE_FLAG : null,
        ),
      );
  }
  const legacy = own.length ? undefined : columns.find((c) => LEGACY_FLAG.test(c.name.trim()));
  if (legacy && estimationCodes(legacy, rowCount)) {
    const bit = (r: number, b: number) => (Number(cell(legacy, r) ?? 0) & b ? ESTIMATE_FLAG : null);
    const qty = numberNamed(columns, (n) => QUANTITY.test(n));
    const net = numberNamed(columns, (n) => NET_WEIGHT.test(n));
    if (qty) out.push(mark(legacy, qty, rowCount, (r) => bit(r, 2)));
    if (net) out.push(mark(legacy, net, rowCount, (r) => bit(r, 4)));
    legacy.role = 'note';
    return out;
  }
  const letters = columns.find((c) => c.type !== 'number' && LETTER_FLAGS.test(c.name.trim()));
  if (
    letters &&
    letters.type !== 'number' &&
    letters.dictionary.every((w) => /^[a-z]{1,3}$/i.test(w.trim()) || !w.trim())
  ) {
    const numbers = columns.filter(
      (c): c is NumberColumn => c.type === 'number' && c.role === 'measure',
    );
    const target =
      numbers.find((c) => VALUE.test(c.name.trim())) ??
      (numbers.length === 1 ? numbers[0] : undefined);
    if (target)
      out.push(mark(letters, target, rowCount, (r) => cell(letters, r)?.toLowerCase() || null));
  }
  return out;
}
