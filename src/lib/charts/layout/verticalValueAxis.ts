import type { ChartSize, ChartSpec } from '../spec';
import { plotFrame, type Margins } from './plotFrame';
import { valueScale, type ValueScale, type ValueScaleOptions } from './valueScale';

/**
 * The value axis up the left of a chart and the plot beside it: about one tick per 50 px of
 * height, and a left margin as wide as the widest tick label. Line, area and column charts
 * share it; bars run their value axis along the bottom.
 */
export function verticalValueAxis(
  size: ChartSize,
  margins: Margins,
  extent: [number, number],
  options: Omit<ValueScaleOptions, 'count'>,
): { y: ValueScale; plot: ChartSpec['plot'] } {
  const bottom = size.height - margins.bottom;
  const y = valueScale(extent, [bottom, margins.top], {
    ...options,
    count: Math.max(2, Math.floor((bottom - margins.top) / 50)),
  });
  const plot = plotFrame(
    size,
    margins,
    y.ticks.map((t) => t.label),
  );
  return { y, plot };
}
