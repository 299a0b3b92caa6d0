import type { Column, Table, TextColumn } from '../../data/table';
import { aggregatesIn } from '../../data/meaning/aggregates';
import { keptLabels } from '../prepare/rowMask';
import { leadingValues } from './leadingValues';

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
 * (World, the EU) to its own members.
 */
export function seriesSelection(
  table: Table,
  split: TextColumn,
  y: string | undefined,
  time: Column | undefined,
  mask: Uint8Array,
): string[] | undefined {
  const groups = new Set(aggregatesIn(table, split, true));
  const kept = keptLabels(split, mask);
  const economies = kept.filter((v) => !groups.has(v)).length;
  const yc = table.columns.find((c) => c.name === y);
  if (yc?.type !== 'number') return undefined;
  if (kept.length <= ALL_UP_TO && !groups.size) return undefined;
  if (kept.length <= ALL_UP_TO && !economies) return undefined;
  const n = kept.length <= ALL_UP_TO && !groups.size ? kept.length : LEADING;
  return leadingValues(split, yc, time, mask, n, groups);
}
