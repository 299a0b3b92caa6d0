import type { Column, NumberColumn, Table } from '../../data/table';
import { parseUnit, PLAIN_UNIT, type Unit } from '../units/parseUnit';
import { POWER_COLUMN, unitMultiplier } from './unitMultiplier';

/** Whether a unit says anything: a currency, scale, percentage or name. */
export const informative = (u: Unit) =>
  u.percent || u.currency !== undefined || u.scale !== 1 || u.name !== undefined;
/** Comtrade's value columns are US dollars without saying so in their names. */
const COMTRADE_VALUE = /^(primaryValue|cifvalue|fobvalue)$/i;
/** Columns that name what a table measures (`Indicator Name`, `Series Name`, `Subject Descriptor`). */
export const DESCRIBING = /indicator|series|subject|descriptor|measure|variable/i;

/**
 * The one label a text column has among the kept rows, if it has exactly one: keptLabels(…)
 * of length one, stopping at a second label rather than looking for every one.
 */
export function onlyLabel(column: Column, mask: Uint8Array): string | undefined {
  if (column.type === 'number') return undefined;
  const codes = column.codes;
  let only = -1;
  for (let r = 0; r < codes.length; r++) {
    const code = codes[r];
    if (!mask[r] || code < 0 || code === only) continue;
    if (only >= 0) return undefined;
    only = code;
  }
  return only < 0 ? undefined : column.dictionary[only];
}

/** A unit whose words gave no scale, in the power of ten a power column gives (`UNIT_MULT` 9). */
function withMultiplier(unit: Unit, table: Table, mask: () => Uint8Array): Unit {
  if (unit.percent || unit.scale !== 1) return unit;
  if (!table.columns.some((c) => POWER_COLUMN.test(c.name.trim()))) return unit;
  const scale = unitMultiplier(table, mask());
  return scale && scale !== 1 ? { ...unit, scale } : unit;
}

/**
 * The unit of a measure: its own, else what the table's unit columns say for the kept rows
 * (`MIO_EUR`; `U.S. dollars` + `Billions`; `US Dollar` + PowerCode `Millions` or UNIT_MULT `6`), else its name (`Trade Value (US$)`), else the
 * indicator it measures (`… (% of GDP)`). Plain when nothing says.
 */
export function measureUnit(
  table: Table,
  y: NumberColumn,
  mask: Uint8Array | (() => Uint8Array),
): Unit {
  const own = parseUnit(y.unit);
  if (informative(own)) return own;
  // Given as a function, the mask is made only if a column needs reading among the kept rows.
  const kept = typeof mask === 'function' ? mask : () => mask;
  const unitTexts = table.columns
    .filter((c) => c.role === 'unit' && c.type !== 'number')
    .map((c) => onlyLabel(c, kept()));
  const fromColumns = withMultiplier(parseUnit(...unitTexts), table, kept);
  if (informative(fromColumns)) return fromColumns;
  const fromName = parseUnit(y.label, y.name);
  if (informative(fromName)) return fromName;
  if (COMTRADE_VALUE.test(y.name)) return { ...PLAIN_UNIT, currency: 'USD', text: 'US$' };
  const describing = table.columns
    .filter((c) => c.type !== 'number' && DESCRIBING.test(c.name))
    .map((c) => onlyLabel(c, kept()));
  const fromIndicator = parseUnit(...describing);
  return informative(fromIndicator) ? fromIndicator : PLAIN_UNIT;
}
