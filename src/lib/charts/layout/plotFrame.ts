import type { ChartSize, ChartSpec } from '../spec';
import { textWidth } from './textWidth';

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The plot inside a chart of `size`, the left margin wide enough for the widest y label. */
export function plotFrame(
  size: ChartSize,
  margins: Margins,
  yLabels: string[] = [],
): ChartSpec['plot'] {
  const widest = Math.max(0, ...yLabels.map((l) => textWidth(l, 11)));
  const left = Math.max(margins.left, Math.ceil(widest + 12));
  return {
    left,
    top: margins.top,
    width: Math.max(10, size.width - left - margins.right),
    height: Math.max(10, size.height - margins.top - margins.bottom),
  };
}
