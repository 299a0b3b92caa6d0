import type { Table } from '../../data/table';
import { columnTitle } from '../words/humanName';
import { keptLabels } from './rowMask';

/** A value that stands for the whole: the world, all commodities. */
export const TOTAL = /^(world|total|all|all commodities|total trade|total all products)$/i;

/** Roles whose values a chart sums over when it does not split by them. */
const SUMMED = new Set(['other', 'partner', 'reporter', 'entity']);

/**
 * A note when a chart's sums take a total together with its parts (`All Commodities` with the
 * chapters, `World` with the partners), which counts them twice; undefined when none does.
 */
export function totalsSummed(
  table: Table,
  mask: Uint8Array,
  used: (string | undefined)[],
): string | undefined {
  for (const c of table.columns) {
    if (c.type !== 'category' || used.includes(c.name) || !SUMMED.has(c.role ?? 'other')) continue;
    const labels = keptLabels(c, mask);
    const total = labels.length > 1 ? labels.find((l) => TOTAL.test(l.trim())) : undefined;
    if (total)
      return `The sums count “${total}” of ${columnTitle(c)} and its parts alike, so twice: choose it alone, or leave it out, in the filters.`;
  }
  return undefined;
}
