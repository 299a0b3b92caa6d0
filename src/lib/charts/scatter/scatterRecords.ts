import type { Table } from '../../data/table';
import type { ChartSpec } from '../spec';
import { unitLabel } from '../units/unitLabel';
import { columnTitle as nameOf } from '../words/humanName';
import { rowName, rowSource } from './scatterPoints';
import type { ScatterRows } from './scatterRows';
import type { ScatterScales } from './scatterScales';

/** Past this many rows a download takes the table's own rows (a canvas chart's full data). */
const MAX_RECORDS = 20_000;

/**
 * A scatter plot's figures for a download: every kept row, thinned or not, with both measures
 * and the unit each is in as the file gives it (a point alone holds only the one drawn up the
 * page, and an axis in US$ bn would read a CSV of millions a thousand times too large).
 */
export function scatterRecords(
  table: Table,
  data: ScatterRows,
  scales: Pick<ScatterScales, 'xUnit' | 'yUnit'>,
): ChartSpec['records'] {
  const { xc, yc, split, labelCol, rows } = data;
  if (rows.length > MAX_RECORDS) return undefined;
  const xUnit = unitLabel(scales.xUnit) || null;
  const yUnit = unitLabel(scales.yUnit) || null;
  const sourceOf = rowSource(table, yc);
  const columns = [
    labelCol ? nameOf(labelCol) : 'row',
    ...(split ? [nameOf(split)] : []),
    nameOf(xc),
    ...(xUnit ? [`${nameOf(xc)} unit`] : []),
    nameOf(yc),
    ...(yUnit ? [`${nameOf(yc)} unit`] : []),
    'source',
    'source_url',
  ];
  return {
    columns,
    rows: rows.map((r) => {
      const source = sourceOf(r);
      const x = xc.values[r];
      const y = yc.values[r];
      return [
        rowName(data, r),
        ...(split ? [split.dictionary[split.codes[r]] ?? null] : []),
        Number.isNaN(x) ? null : x,
        ...(xUnit ? [xUnit] : []),
        Number.isNaN(y) ? null : y,
        ...(yUnit ? [yUnit] : []),
        source.text,
        source.url ?? null,
      ];
    }),
  };
}
