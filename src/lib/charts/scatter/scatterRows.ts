import { findColumn, getColumn } from '../../data/columnValue';
import type { Column, NumberColumn, Table, TextColumn } from '../../data/table';
import type { ChartNotes } from '../skeleton/chartNotes';
import type { ChartConfig } from '../config/chartConfig';
import { keptLabels, rowMask } from '../prepare/rowMask';
import { columnTitle } from '../words/humanName';
import { scatterLabelColumn } from './scatterLabelColumn';

/** The rows a scatter plot draws, its two measures, and how its points are grouped and named. */
export interface ScatterRows {
  xc: NumberColumn;
  yc: NumberColumn;
  /** The column whose values colour the points, when the config splits them. */
  split?: TextColumn;
  labelCol?: Column;
  mask: Uint8Array;
  log: boolean;
  /** The groups' labels (one, the measure's name, without a split), and each row's group. */
  groups: string[];
  groupOf: (row: number) => number;
  hidden: Set<string>;
  rows: number[];
}

/**
 * The rows kept by the filters with both values, not in a hidden group; on log axes those of
 * zero or less are left out, and how many is said.
 */
export function scatterRows(table: Table, config: ChartConfig, notes: ChartNotes): ScatterRows {
  const xc = getColumn(table, config.x) as NumberColumn;
  const yc = getColumn(table, config.y[0]) as NumberColumn;
  const column = config.series ? findColumn(table, config.series) : undefined;
  const split = column && column.type !== 'number' ? column : undefined;
  const { mask } = rowMask(table, config.filters);
  const log = config.scale === 'log';
  const groups = split ? keptLabels(split, mask) : [columnTitle(yc)];
  const groupOf = (r: number) => (split ? groups.indexOf(split.dictionary[split.codes[r]]) : 0);
  const hidden = new Set(config.hidden ?? []);
  const rows: number[] = [];
  let dropped = 0;
  for (let r = 0; r < table.rowCount; r++) {
    const xv = xc.values[r];
    const yv = yc.values[r];
    if (!mask[r] || Number.isNaN(xv) || Number.isNaN(yv)) continue;
    if (log && (xv <= 0 || yv <= 0)) {
      dropped++;
      continue;
    }
    if (split && (split.codes[r] < 0 || hidden.has(groups[groupOf(r)]))) continue;
    rows.push(r);
  }
  if (dropped)
    notes.add(
      `${dropped} points with a value of zero or less cannot go on log axes and are left out.`,
    );
  const labelCol = scatterLabelColumn(table, config);
  return { xc, yc, split, labelCol, mask, log, groups, groupOf, hidden, rows };
}
