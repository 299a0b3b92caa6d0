import type { ChartData } from '../prepare/prepareChartData';
import { slotOf, slotRawLabel } from '../prepare/slotLabel';
import type { ChartSpec, ChartView } from '../spec';
import type { XWindow } from './xWindow';

/** The periods a base can be chosen from: all of them, unless too many to list. */
export function periodLabels(data: ChartData): string[] {
  const keys = data.slots.keys;
  return keys.length <= 500 ? Array.from(keys, (_, i) => slotRawLabel(data, i)) : [];
}

/** The view of a chart over an x axis of periods: its window, and a brush when it is ordered. */
export function timeView(
  data: ChartData,
  win: XWindow,
  plot: ChartSpec['plot'],
  ordered = true,
): Partial<ChartView> {
  return {
    periods: periodLabels(data),
    range: win.range,
    domain: win.domain,
    xMap: ordered ? { px: [plot.left, plot.left + plot.width], keys: win.range } : null,
    keys: ordered ? data.slots.keys : undefined,
    zoomable: data.slots.ordered && data.slots.keys.length > 2,
  };
}

/** Pixel x of a period in the window (from its slot), undefined when out of view. */
export function periodX(
  data: ChartData,
  win: XWindow,
  xOfSlot: (slot: number) => number,
): (period: string) => number | undefined {
  return (period) => {
    const i = slotOf(data, period);
    return i >= win.lo && i < win.hi ? xOfSlot(i) : undefined;
  };
}
