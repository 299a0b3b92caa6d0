import type { TextColumn } from '../../data/table';
import { flowKind } from '../prepare/flowSeries';
import { DESCRIBING } from '../prepare/measureUnit';
import { keptLabels } from '../prepare/rowMask';
import { TOTAL } from '../prepare/totalsSummed';

/**
 * One value of a column to chart when it is not a chart dimension: the total or world row if
 * there is one, exports for a flow, else the first. Columns of indicators, units and flows
 * are always fixed (adding up different indicators, units or directions means nothing).
 */
export function fixedValue(column: TextColumn, mask: Uint8Array): string | undefined {
  const labels = keptLabels(column, mask);
  if (labels.length < 2) return undefined;
  const total = labels.find((l) => TOTAL.test(l.trim()));
  if (total) return total;
  if (column.role === 'flow') return labels.find((l) => flowKind(l) === 'exports') ?? labels[0];
  return labels[0];
}

/** Whether a column must be fixed to one value rather than summed over. */
export function mustFix(column: TextColumn): boolean {
  return (
    column.role === 'flow' ||
    column.role === 'unit' ||
    (column.role === 'other' && DESCRIBING.test(column.name))
  );
}
