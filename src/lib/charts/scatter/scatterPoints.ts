import type { NumberColumn, Table } from '../../data/table';
import type { ChartNotes } from '../skeleton/chartNotes';
import type { ChartConfig } from '../config/chartConfig';
import { columnTitle as nameOf } from '../words/humanName';
import { pointSource } from '../words/pointSource';
import type { ChartPoint, PointSource } from '../spec';
import { formatAmount } from '../units/formatAmount';
import type { ScatterRows } from './scatterRows';
import type { ScatterScales } from './scatterScales';

/** Past this many points, one point per 2 × 2 pixel cell is kept (the rest would draw on top). */
const DENSE = 5000;

/** A row's name: its label column's value, else its number. */
export function rowName({ labelCol }: ScatterRows, r: number): string {
  if (!labelCol) return `Row ${r + 1}`;
  return String(
    labelCol.type === 'number'
      ? labelCol.values[r]
      : (labelCol.dictionary[labelCol.codes[r]] ?? `Row ${r + 1}`),
  );
}

/** Each row's source: the column's own, made once, unless the file gives one per row. */
export function rowSource(table: Table, yc: NumberColumn): (r: number) => PointSource {
  const perRow = table.provenance.rowSources?.columns.includes(yc.name);
  const columnSource = perRow ? undefined : pointSource(table, yc, -1);
  return (r) => columnSource ?? pointSource(table, yc, r);
}

/** Per group, its points: every row, or in a dense cloud one per 2 × 2 pixels (said). */
export function scatterPoints(
  table: Table,
  config: ChartConfig,
  data: ScatterRows,
  scales: ScatterScales,
  notes: ChartNotes,
): ChartPoint[][] {
  const locale = config.locale ?? 'en';
  const { xc, yc, rows, groups } = data;
  const { x, y } = scales;
  const sourceOf = rowSource(table, yc);
  const byGroup: ChartPoint[][] = groups.map(() => []);
  const seen = new Set<number>();
  const dense = rows.length > DENSE;
  for (const r of rows) {
    const px = x(xc.values[r]);
    const py = y(yc.values[r]);
    if (dense) {
      const cell = Math.floor(px / 2) * 100_000 + Math.floor(py / 2);
      if (seen.has(cell)) continue;
      seen.add(cell);
    }
    const g = data.groupOf(r);
    byGroup[g].push({
      id: `${groups[g]}:${r}`,
      seriesId: groups[g],
      seriesLabel: groups[g],
      x: px,
      y: py,
      value: yc.values[r],
      valueLabel: `${nameOf(yc)}: ${formatAmount(yc.values[r], scales.yUnit, { locale })}`,
      period: rowName(data, r),
      detail: `${nameOf(xc)}: ${formatAmount(xc.values[r], scales.xUnit, { locale })}`,
      source: sourceOf(r),
    });
  }
  const drawn = byGroup.reduce((a, g) => a + g.length, 0);
  if (dense) notes.add(`${rows.length} points drawn as ${drawn}: one per 2 × 2 pixels.`);
  return byGroup;
}
