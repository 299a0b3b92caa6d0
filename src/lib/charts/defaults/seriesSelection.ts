import type { Column, Table, TextColumn } from '../../data/table';
import { aggregatesIn } from '../../data/meaning/aggregates';
import { anyBelowZero } from '../prepare/anyBelowZero';
import { keptLabels } from '../prepare/rowMask';
import { measureUnit } from '../prepare/measureUnit';
import { bySize, isRate } from './economySize';
import { leadingValues } from './leadingValues';
import { capitalised, columnTitle } from '../words/humanName';

/** Up to this many series all show; past it, the leading few. */
export const ALL_UP_TO = 8;
const LEADING = 5;

/**
 * The economies of a place column among the kept rows, for bars ranking them (World, regions
 * and the EU are not one more country to rank first); undefined (all) when it holds no groups
 * or fewer than two economies.
 */
export function rankedEconomies(
  table: Table,
  column: TextColumn,
  mask: Uint8Array,
): string[] | undefined {
  const groups = new Set(aggregatesIn(table, column));
  if (!groups.size) return undefined;
  const economies = keptLabels(column, mask).filter((v) => !groups.has(v));
  return economies.length > 1 ? economies : undefined;
}

/**
 * The values of `split` a chart over time draws at first, or undefined for all of them: every
 * one up to eight with no groups among them; else the leading five economies by their latest
 * figure (World first as a reference for a rate), so a line or a stack never adds a group
 * (World, the EU) to its own members. For a rate, share or index, the leading economies are the
 * largest the table names (by GDP, else population), not the outliers of the rate itself.
 */
export function seriesSelection(
  table: Table,
  split: TextColumn,
  y: string | undefined,
  time: Column | undefined,
  mask: Uint8Array,
): string[] | undefined {
  return seriesChoice(table, split, y, time, mask)?.values;
}

/** The values seriesSelection gives, with a note of how they were chosen when not all are. */
export function seriesChoice(
  table: Table,
  split: TextColumn,
  y: string | undefined,
  time: Column | undefined,
  mask: Uint8Array,
): { values: string[]; note?: string } | undefined {
  const groups = new Set(aggregatesIn(table, split, true));
  const kept = keptLabels(split, mask);
  const economies = kept.filter((v) => !groups.has(v)).length;
  const yc = table.columns.find((c) => c.name === y);
  if (yc?.type !== 'number') return undefined;
  if (kept.length <= ALL_UP_TO && !groups.size) return undefined;
  if (kept.length <= ALL_UP_TO && !economies) return undefined;
  const n = kept.length <= ALL_UP_TO && !groups.size ? kept.length : LEADING;
  const leading = leadingValues(split, yc, time, mask, Infinity, groups);
  const rate = isRate(measureUnit(table, yc, mask));
  const sizes = rate ? bySize(table, split, yc, time, groups) : undefined;
  const values = sizes ? largestFirst(leading, sizes, n) : leading.slice(0, n);
  // Named as the filter beside the chart names it (`Partner`, not a headerless `Column 2`).
  const column = capitalised(columnTitle(split));
  // A kept figure below zero (FDI, balances): "largest" then means largest in size.
  const by = sizes
    ? 'size'
    : rate
      ? 'rate'
      : anyBelowZero(yc.values, mask)
        ? 'magnitude'
        : 'amount';
  const note = choiceNote(values, economies, column, by, kept.length - economies);
  return { values, ...(note && { note }) };
}

/**
 * How the values shown were chosen, when some of the `economies` are left out: a reader should
 * not take the five largest (or the highest rates: outliers, Luxembourg and Singapore) for a
 * choice of the author's.
 */
function choiceNote(
  values: string[],
  economies: number,
  column: string,
  by: 'size' | 'rate' | 'amount' | 'magnitude',
  /** Groups of economies (World, High income) the column also lists, which its filter counts. */
  grouped = 0,
): string | undefined {
  const world = values.some((v) => /^world$/i.test(v));
  const k = values.length - (world ? 1 : 0);
  if (k >= economies) return undefined;
  const which =
    by === 'size'
      ? `The ${k} largest economies (by the GDP, else the population, the file gives)`
      : by === 'magnitude'
        ? `The ${k} with the largest latest figures in size, negative or positive,`
        : `The ${k} with the ${by === 'rate' ? 'highest' : 'largest'} latest figures`;
  // The filter counts the groups too (`5 of 237`): the note says how its count comes about.
  const counted = grouped > 0 ? ` (${economies + grouped} with its ${grouped} groups)` : '';
  return `${which} of ${economies} in “${column}”${counted} are shown${world ? ', with World as a reference' : ''}; the filter picks others.`;
}

/** The `n` of `leading` the size order puts first, World kept first where it leads. */
function largestFirst(leading: string[], sizes: string[], n: number): string[] {
  const rank = new Map(sizes.map((v, i) => [v, i]));
  const world = leading[0] !== undefined && /^world$/i.test(leading[0]) ? [leading[0]] : [];
  const sized = leading.filter((v) => rank.has(v)).sort((a, b) => rank.get(a)! - rank.get(b)!);
  return [...world, ...sized].slice(0, n);
}
