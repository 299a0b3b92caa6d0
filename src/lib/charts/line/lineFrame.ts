import { leftValueAxis, type LeftAxisFrame } from '../skeleton/leftValueAxis';
import { overlayValues } from '../skeleton/overlaySeries';
import { selectionExtent } from '../skeleton/selectionExtent';
import type { SeriesChart } from '../skeleton/seriesChart';
import { showSeries, type ShownSeries } from '../skeleton/showSeries';
import { xWindow } from '../skeleton/xWindow';
import { downsampleM4, type Selection } from '../prepare/downsampleM4';
import { slotRawLabel } from '../prepare/slotLabel';
import type { ChartSize } from '../spec';
import { endLabelRoom } from './lineEndLabels';
import { namedAtEnds } from '../edits/chartEdits';

const MARGIN = { top: 20, right: 16, bottom: 32, left: 52 };

/** A line chart's scales: the window shown, the series in it thinned per pixel, x and y. */
export interface LineFrame extends ShownSeries, LeftAxisFrame {
  /** Per shown series, the slots drawn. */
  picks: Selection[];
  /** The overlays' values as charted. */
  ov: { id: string; charted: number }[];
  xOf: (key: number) => number;
  /** Room on the right for naming each line at its end; 0 when the chart has a key instead. */
  endRoom: number;
}

/**
 * The frame of a line chart: series thinned to the plot's pixel columns (M4), a value axis over
 * them and the overlays (zero or less left out on a log scale), time along x.
 */
export function lineFrame(chart: SeriesChart, size: ChartSize): LineFrame {
  const { data, config, notes } = chart;
  const keys = data.slots.keys;
  const overlays = config.overlays ?? [];
  const win = xWindow(
    keys,
    overlays.map((o) => o.key),
    config.range,
  );
  const shown = showSeries(data, config, win, notes);
  const { mode, scale, baseSlot } = shown;
  const endRoom = namedAtEnds(config.edits)
    ? endLabelRoom(
        shown.shown.map(({ s }) => s.label),
        size.width,
        size.height - MARGIN.top - MARGIN.bottom + 13,
      )
    : 0;
  const margin = { ...MARGIN, right: Math.max(MARGIN.right, endRoom) };
  const pixels = Math.max(10, Math.round(size.width - margin.left - margin.right));
  const picks = shown.shown.map(({ s }) =>
    downsampleM4(keys, s.values, win.lo, win.hi, pixels, scale === 'log'),
  );
  const baseRaw = baseSlot >= 0 ? slotRawLabel(data, baseSlot) : undefined;
  const ov = overlayValues(config, mode, baseRaw, notes);
  let [lo, hi] = selectionExtent(shown.shown, picks);
  for (const o of ov)
    if (scale === 'linear' || o.charted > 0)
      [lo, hi] = [Math.min(lo, o.charted), Math.max(hi, o.charted)];
  const { y, plot, label } = leftValueAxis(chart, size, margin, [lo, hi], {
    mode,
    scale,
    zero: mode !== 'index',
    base: shown.baseLabel,
  });
  const [r0, r1] = win.range;
  const kx = plot.width / (r1 - r0 || 1);
  const xOf = (k: number) =>
    Math.round((plot.left + (r1 === r0 ? plot.width / 2 : (k - r0) * kx)) * 10) / 10;
  return { ...shown, win, picks, ov, y, yLabel: label, plot, xOf, endRoom };
}
