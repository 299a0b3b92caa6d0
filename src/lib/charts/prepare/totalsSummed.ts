import type { Table, TextColumn } from '../../data/table';
import { pairedCodes } from '../treemap/pairedCodes';
import { columnTitle } from '../words/humanName';
import { keptLabels } from './rowMask';

/** A value that stands for the whole: the world, all commodities. */
export const TOTAL = /^(world|total|all|all commodities|total trade|total all products)$/i;

/** The total (`World`, `All Commodities`) among a column's kept values beside others, if any. */
export function totalAmong(column: TextColumn, mask: Uint8Array): string | undefined {
  const labels = keptLabels(column, mask);
  return labels.length > 1 ? labels.find((l) => TOTAL.test(l.trim())) : undefined;
}

/** Roles whose values a chart sums over when it does not split by them. */
const SUMMED = new Set(['other', 'partner', 'reporter', 'entity']);

/**
 * A note when a chart's sums take a total together with its parts (`All Commodities` with the
 * chapters, `World` with the partners), or codes of two levels (chapter 84 and its heading
 * 8471), which counts them twice; undefined when none does.
 */
export function totalsSummed(
  table: Table,
  mask: Uint8Array,
  used: (string | undefined)[],
): string | undefined {
  for (const c of table.columns) {
    if (c.type !== 'category' || used.includes(c.name) || !SUMMED.has(c.role ?? 'other')) continue;
    const total = totalAmong(c, mask);
    if (total)
      return `The sums count “${total}” of ${columnTitle(c)} and its parts alike, so twice: choose it alone, or leave it out, in the filters.`;
    // One value kept pairs with one code: nothing nests.
    const nested = nestedCodes(table, c, mask);
    if (nested)
      return `The sums count codes of ${columnTitle(c)} at two levels (${nested[0]} and ${nested[1]}), so a part twice: choose codes of one level in the filters.`;
  }
  return undefined;
}

/** A code among the kept rows and a longer one it begins (`84` and `8471`), if any. */
function nestedCodes(table: Table, c: TextColumn, mask: Uint8Array): [string, string] | undefined {
  const paired = pairedCodes(table, c, mask);
  if (!paired) return undefined;
  const codes = keptLabels(paired, mask)
    .map((v) => v.trim())
    .sort();
  // Sorted, a code that begins another comes just before some code it begins.
  for (let i = 0; i + 1 < codes.length; i++)
    if (codes[i + 1].length > codes[i].length && codes[i + 1].startsWith(codes[i]))
      return [codes[i], codes[i + 1]];
  return undefined;
}
