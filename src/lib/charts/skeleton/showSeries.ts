import type { ChartConfig, ChartMode, ChartScale } from '../config/chartConfig';
import type { ChartData } from '../prepare/prepareChartData';
import { rebase, type Rebase } from '../prepare/rebase';
import type { SeriesData } from '../prepare/seriesGrid';
import { slotLabel, slotOf } from '../prepare/slotLabel';
import type { ChartNotes } from './chartNotes';
import type { XWindow } from './xWindow';
import { readingLimits } from './readingLimits';

/** A series to draw: its data, its place among all series (colour), how it is rebased. */
export interface Shown {
  s: SeriesData;
  n: number;
  rb: Rebase;
}

export interface ShownSeries {
  shown: Shown[];
  mode: ChartMode;
  scale: ChartScale;
  /** Slot of the base period (index) or the start (change); -1 in values mode. */
  baseSlot: number;
  baseLabel?: string;
  /** Why the figures cannot be rebased or put on a log scale (see readingLimits). */
  limits: { relative: string | null; log: string | null };
}

/**
 * The series to draw in a window, rebased for the mode: index = 100 at the base period
 * (the first in view unless chosen), change = % from the first value in view. Series that
 * cannot be rebased, and a log scale on % change, are left out and said.
 */
export function showSeries(
  data: ChartData,
  config: ChartConfig,
  win: XWindow,
  notes: ChartNotes,
  relative = true,
): ShownSeries {
  const locale = config.locale ?? 'en';
  const limits = readingLimits(data);
  let mode = relative ? (config.mode ?? 'values') : 'values';
  // A link may still ask for an index of growth rates: they are shown as they are, and said so.
  if (mode !== 'values' && limits.relative) {
    notes.add(`${limits.relative} Shown as values.`);
    mode = 'values';
  }
  let scale = config.scale ?? 'linear';
  if (scale === 'log' && mode === 'change') {
    scale = 'linear';
    notes.add(
      'A log scale cannot show % change (it passes through zero): shown on a linear scale.',
    );
  }
  let baseSlot = -1;
  if (mode === 'index') {
    const chosen = slotOf(data, config.base);
    baseSlot = chosen >= 0 ? chosen : win.lo;
  } else if (mode === 'change') baseSlot = win.lo;
  const baseLabel = baseSlot >= 0 ? slotLabel(data, baseSlot, locale) : undefined;
  const hidden = new Set(config.hidden ?? []);
  const shown: Shown[] = [];
  data.series.forEach((s, n) => {
    if (hidden.has(s.id)) return;
    const rb = rebase(s.values, mode, baseSlot, win.lo, win.hi);
    if (rb.ok) shown.push({ s, n, rb });
    else notes.add(`${s.label} ${rb.reason} (${baseLabel}), so it is not shown in this mode.`);
  });
  if (mode === 'index') notes.add(`Index: each series = 100 in ${baseLabel}.`);
  if (mode === 'change')
    notes.add(`% change from each series’ first value in view (${baseLabel}).`);
  return { shown, mode, scale, baseSlot, baseLabel, limits };
}
