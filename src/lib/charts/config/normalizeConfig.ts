import type { ChartConfig } from './chartConfig';
import { mapClassing } from '../map/mapClassing';
import { CHART_KINDS, type ChartKind } from '../spec';

/** What callers may pass: the columns, and anything else they want to set. */
export type ChartInput = Partial<ChartConfig> & Pick<ChartConfig, 'x' | 'y'>;

const KINDS = new Set<string>(CHART_KINDS);

/**
 * A complete config from a partial one, normalised once at the boundary (the builders then
 * trust it): defaults filled in, unknown modes and scales replaced, lists made lists.
 */
export function normalizeConfig(input: ChartInput, kind?: ChartKind): ChartConfig {
  const type = kind ?? (KINDS.has(input.type ?? '') ? (input.type as ChartKind) : 'line');
  return {
    ...input,
    type,
    y: Array.isArray(input.y) ? input.y : [input.y as unknown as string],
    filters: input.filters ?? {},
    mode: input.mode === 'index' || input.mode === 'change' ? input.mode : 'values',
    scale: input.scale === 'log' ? 'log' : 'linear',
    annotations: input.annotations ?? [],
    classes: mapClassing(input.classes),
  };
}
