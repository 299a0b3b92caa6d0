import type { ChartMode, ChartScale } from '../config/chartConfig';
import { editedAxis, WIDENED_NOTE } from '../edits/applyEdits';
import type { Margins } from '../layout/plotFrame';
import type { ValueScale } from '../layout/valueScale';
import { verticalValueAxis } from '../layout/verticalValueAxis';
import type { ChartSize, ChartSpec } from '../spec';
import type { Unit } from '../units/parseUnit';
import type { SeriesChart } from './seriesChart';
import { valueAxisText } from './valueLabel';
import type { XWindow } from './xWindow';

/** The frame of a chart over time with its values up the left: line, area, column. */
export interface LeftAxisFrame {
  win: XWindow;
  y: ValueScale;
  yLabel?: string;
  plot: ChartSpec['plot'];
}

export interface LeftAxisOptions {
  mode: ChartMode;
  scale: ChartScale;
  zero: boolean;
  /** The unit of the ticks; the data's by default. */
  unit?: Unit;
  /** The base period's label, in index and change modes. */
  base?: string;
  /** The top of the axis, when not the extent's (a share axis ends at 100). */
  top?: number;
  headroom?: number;
  /** The mode the author's axis edits are kept under, when not `mode`. */
  edited?: string;
}

/**
 * The value axis up the left of a series chart over an extent of values, its words (the
 * author's label in values mode) and the plot beside it; an axis widened by the author is said.
 */
export function leftValueAxis(
  chart: SeriesChart,
  size: ChartSize,
  margin: Margins,
  [lo, hi]: [number, number],
  options: LeftAxisOptions,
) {
  const { config, data, locale, notes } = chart;
  const { mode } = options;
  const magnitude = Math.max(Math.abs(lo), Math.abs(hi));
  const axis = valueAxisText(options.unit ?? data.unit, mode, magnitude, locale, options.base);
  const { y, plot } = verticalValueAxis(size, margin, [lo, options.top ?? hi], {
    scale: options.scale,
    zero: options.zero,
    label: axis.tick,
    headroom: options.headroom,
    ...editedAxis(config.edits, options.edited ?? mode),
  });
  if (y.widened) notes.add(WIDENED_NOTE);
  const label = mode === 'values' ? (config.text?.yLabel ?? axis.label) : axis.label;
  return { y, plot, label };
}
