import type { Column, Table, TextColumn } from '../../data/table';
import { aggregatesIn } from '../../data/meaning/aggregates';
import { keptLabels } from '../prepare/rowMask';
import { leadingValues } from './leadingValues';

/** Up to this many series all show; past it, the leading few. */
export const ALL_UP_TO = 8;
const LEADING = 5;

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
