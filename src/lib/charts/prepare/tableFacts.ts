import type { Table } from '../../data/table';
import { capitalised, columnTitle } from '../words/humanName';
import { DESCRIBING, onlyLabel } from './measureUnit';

/** A column with one value among the kept rows: `Reporter: USA`. */
export interface Fact {
  column: string;
  value: string;
  /** The column's role (`reporter`, `flow`, `time`…), which lets a title say the trade. */
  role?: string;
}

const FACT_ROLES = new Set<string>(['reporter', 'partner', 'flow', 'entity', 'time', 'unit']);

/** A unit written in words (`Percent change`, `Billions`), not a code (`MIO_EUR`, `PC`). */
const inWords = (value: string) => /[a-z]/.test(value);
/** A quantity's unit (Comtrade's `Qty Unit`) is not the unit of the values charted. */
const OF_QUANTITY = /qty|quantity|weight/i;
/** A unit column that says, in words, what the charted values are in. */
const valuesUnit = (name: string, value: string) => !OF_QUANTITY.test(name) && inWords(value);

/**
 * What the kept rows have in common, said in a chart's subtitle: the reporter, partner, flow,
 * entity, period or unit in words (`Units: Percent change`) they all share, and the indicator
 * they measure when a column names it (`Indicator Name`, `Series Name`). Columns the chart
 * already uses are not repeated.
 */
export function tableFacts(
  table: Table,
  mask: Uint8Array,
  used: (string | undefined)[],
  /** The filters that made `mask`, when it keeps rows: a column filtered to one value has it. */
  filters?: Record<string, string[]>,
): { facts: Fact[]; indicator?: string } {
  const skip = new Set(used);
  const facts: Fact[] = [];
  let indicator: string | undefined;
  for (const c of table.columns) {
    if (skip.has(c.name) || c.type === 'number' || c.type === 'text') continue;
    const describing = !indicator && c.role === 'other' && DESCRIBING.test(c.name);
    if (!describing && !FACT_ROLES.has(c.role ?? 'other')) continue;
    const one = filters?.[c.name];
    const value = one?.length === 1 ? one[0] : onlyLabel(c, mask);
    if (value === undefined || (c.role === 'unit' && !valuesUnit(c.name, value))) continue;
    // A subtitle's facts begin with a capital, whatever the column's name (`period: 2023`).
    const column = capitalised(columnTitle(c));
    if (describing) indicator = value;
    // `refYear: 2023` and `period: 2023`, `partner: World` and `partner 2: World`: say it once.
    else if (!facts.some((f) => f.value === value)) facts.push({ column, value, role: c.role });
  }
  return { facts, indicator };
}
