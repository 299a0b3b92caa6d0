import type { NumberColumn, Table } from '../../data/table';
import type { ChartEdits } from '../edits/chartEdits';
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
 * The unit a chart draws a measure in: the author's pick when they made one (the file did not
 * say, or said it wrongly), said in a note beside what the file said; else the file's own.
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
    const note = informative(read) ? ofWhat(read) : UNSAID;
    return note ? { unit: read, note } : { unit: read };
  }
  const said = read.text ? `the file said “${read.text}”` : 'the file did not say';
  return {
    unit: pickedUnit(picked),
    note: `Values in ${picked}, as set for this chart (${said}).`,
  };
}
