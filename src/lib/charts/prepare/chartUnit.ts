import type { NumberColumn, Table } from '../../data/table';
import type { ChartEdits } from '../edits/chartEdits';
import { formatAmount } from '../units/formatAmount';
import { pickedUnit } from '../units/pickedUnit';
import type { Unit } from '../units/parseUnit';
import { informative, measureUnit } from './measureUnit';
import { UNIT_EDIT_HINT } from '../words/pageOnlyWords';

/** Said under a chart whose file names no unit for its figures. */
export const UNSAID = `The file does not say what unit these figures are in${UNIT_EDIT_HINT}.`;

const SCALES: Record<number, string> = {
  1e3: 'thousands',
  1e6: 'millions',
  1e9: 'billions',
  1e12: 'trillions',
};

/** Said under a chart whose file gives its figures' scale but not what they count. */
const ofWhat = (u: Unit): string | undefined =>
  u.scale !== 1 && !u.percent && u.currency === undefined && u.name === undefined
    ? `The file gives these figures in ${SCALES[u.scale] ?? 'a scale'} but does not say of what (a currency, a unit)${UNIT_EDIT_HINT}.`
    : undefined;

/**
 * More money than the world makes in a year (its output was about US$105 tn in 2023, €97 tn,
 * £85 tn): no trade figure comes near it, so a figure past it is in the wrong unit or scale.
 */
const WORLD_SIZED: Partial<Record<NonNullable<Unit['currency']>, number>> = {
  USD: 1e14,
  EUR: 1e14,
  GBP: 1e14,
};

/** Says so when the largest shown figure, in `unit`, is more than the world makes in a year. */
function worldSized(y: NumberColumn, mask: Uint8Array, unit: Unit): string | undefined {
  const limit = unit.currency && !unit.percent ? WORLD_SIZED[unit.currency] : undefined;
  if (limit === undefined) return undefined;
  const values = y.values;
  let largest = 0;
  for (let r = 0; r < values.length; r++) {
    const v = Math.abs(values[r]);
    if (mask[r] && v > largest) largest = v;
  }
  if (!(largest * unit.scale > limit)) return undefined;
  return `The largest figure, ${formatAmount(largest, unit)}, is more than the world makes in a year: check the unit and scale${UNIT_EDIT_HINT}.`;
}

/** Two notes as one. */
const both = (a: string | undefined, b: string | undefined) => (a && b ? `${a} ${b}` : (a ?? b));

/**
 * The unit a chart draws a measure in: the author's pick when they made one (the file did not
 * say, or said it wrongly), said in a note beside what the file said; else the file's own. A
 * unit that makes a figure larger than the world's yearly output is said to be wrong.
 */
export function chartUnit(
  table: Table,
  y: NumberColumn,
  mask: Uint8Array,
  edits: Pick<ChartEdits, 'valueUnit'> | undefined,
): { unit: Unit; note?: string } {
  const read = measureUnit(table, y, mask);
  const picked = edits?.valueUnit?.trim();
  if (!picked) {
    const note = both(informative(read) ? ofWhat(read) : UNSAID, worldSized(y, mask, read));
    return note ? { unit: read, note } : { unit: read };
  }
  const said = read.text ? `the file said “${read.text}”` : 'the file did not say';
  const unit = pickedUnit(picked);
  const note = `Values in ${picked}, as set for this chart (${said}).`;
  return { unit, note: both(note, worldSized(y, mask, unit)) };
}
