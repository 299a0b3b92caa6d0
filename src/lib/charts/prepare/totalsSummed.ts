import type { Table, TextColumn } from '../../data/table';
import { pairedCodes } from '../treemap/pairedCodes';
import { columnTitle } from '../words/humanName';
import { levelForm } from './codeLevels';
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

/**
 * The values of `c` whose code no other kept code begins (chapter `84`, not its heading
 * `8471`): one level, none of whose parts is counted twice. Undefined when no kept codes nest.
 */
export function topLevel(table: Table, c: TextColumn, mask: Uint8Array): string[] | undefined {
  const paired = pairedCodes(table, c, mask);
  if (!paired) return undefined;
  const kept = keptLabels(paired, mask).map((v) => v.trim());
  const form = levelForm(table, kept);
  if (!firstNested(kept, form)) return undefined;
  const codes = new Set(kept.map(form));
  const isTop = (code: string) => {
    for (let n = 1; n < code.length; n++) if (codes.has(code.slice(0, n))) return false;
    return true;
  };
  // The code of each value of c: c's own (a code column), or its pair's on the rows.
  const top = new Uint8Array(c.dictionary.length);
  for (let r = 0; r < mask.length; r++) {
    const k = c.codes[r];
    if (!mask[r] || k < 0 || top[k]) continue;
    top[k] = isTop(form(paired.dictionary[paired.codes[r]].trim())) ? 1 : 2;
  }
  return c.dictionary.filter((_, k) => top[k] === 1);
}

/** A code among the kept rows and a longer one it begins (`84` and `8471`), if any. */
function nestedCodes(table: Table, c: TextColumn, mask: Uint8Array): [string, string] | undefined {
  const paired = pairedCodes(table, c, mask);
  if (!paired) return undefined;
  const written = keptLabels(paired, mask).map((v) => v.trim());
  return firstNested(written, levelForm(table, written));
}

/** Among `written` codes, one and a longer one it begins, compared in their level `form`. */
function firstNested(
  written: readonly string[],
  form: (code: string) => string,
): [string, string] | undefined {
  const codes = written.map((code) => [form(code), code]).sort(([a], [b]) => (a < b ? -1 : 1));
  // Sorted, a code that begins another comes just before some code it begins.
  for (let i = 0; i + 1 < codes.length; i++) {
    const [[a, aWritten], [b, bWritten]] = [codes[i], codes[i + 1]];
    if (b.length > a.length && b.startsWith(a)) return [aWritten, bWritten];
  }
  return undefined;
}
