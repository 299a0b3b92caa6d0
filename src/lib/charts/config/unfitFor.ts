import { figureColumns } from '../../data/columnValue';
import type { Table } from '../../data/table';
import { findFlowColumn } from '../balance/balanceData';
import { mapUnfit } from '../map/definition';
import { mirrorUnfit } from '../mirror/mirrorUnfit';
import type { ChartKind } from '../spec';
import type { ChartConfig } from './chartConfig';
import { columnTitle } from '../words/humanName';
import { onePeriod } from './onePeriod';
import { onlyShares } from './onlyShares';
import { belowZero } from './belowZero';

/** One column of figures set against itself (`value against value`) or a year says nothing. */
function scatterUnfit(table: Table): string | null {
  const figures = figureColumns(table);
  if (figures.length >= 2) return null;
  const only = figures[0] ? ` (“${columnTitle(figures[0])}”)` : '';
  return `needs two columns of figures to set against each other; this table has ${figures.length ? 'one' : 'none'}${only}`;
}

type Shown = Pick<ChartConfig, 'y' | 'filters'>;

const UNFIT: Partial<Record<ChartKind, (table: Table, shown?: Shown) => string | null>> = {
  line: onePeriod,
  slope: onePeriod,
  area: (table, shown) => onePeriod(table) ?? onlyShares(table, shown) ?? belowZero(table, shown),
  scatter: scatterUnfit,
  balance: (table) =>
    findFlowColumn(table)
      ? null
      : 'needs a flow column naming exports and imports (Export/Import, X/M)',
  map: mapUnfit,
  treemap: (table, shown) =>
    table.columns.some((c) => c.type === 'category' && c.dictionary.length > 1)
      ? onlyShares(table, shown)
      : 'needs a category column with two or more values',
};

/**
 * Why a table cannot make a chart of `kind`, or null when it can: what the type picker says beside
 * a type it disables, and the command line for a `--type` it cannot draw. Kept apart from the
 * charts' definitions, so the web component, which offers no choice of type, leaves it out.
 * Given the chart shown, stacks and treemaps are judged on the figures it charts.
 */
export function unfitFor(kind: ChartKind, table: Table, shown?: Shown): string | null {
  return UNFIT[kind]?.(table, shown) ?? null;
}

const VARIANT_UNFIT: Record<string, (table: Table) => string | null> = {
  'column:mirror': mirrorUnfit,
};

/** Why a table cannot make the layout `variant` of a chart of `kind`, or null when it can. */
export function variantUnfit(kind: ChartKind, variant: string, table: Table): string | null {
  return VARIANT_UNFIT[`${kind}:${variant}`]?.(table) ?? null;
}
