import type { ChartPoint, ChartSpec } from '../charts/spec';

/** The widest a tooltip gets, in CSS pixels: 18rem and its padding and border (chart.css). */
export const TOOLTIP_MAX_WIDTH = 310;

/** A box on screen, as getBoundingClientRect gives it. */
export interface ScreenBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Where a tooltip sits over its plot, as CSS values, and which side it opens to. */
export interface TooltipPlace {
  left: string;
  right: string;
  top: string;
  /** Opens to the left of its point. */
  flip: boolean;
  /** On a narrow chart, no room beside the point: docked below the plot, full width. */
  docked: boolean;
}

/**
 * Whether a tooltip at `left` (a fraction of the chart's width) opens to the left of its point:
 * past 60 % of the chart, or where the room to the window's right edge is less than the widest
 * tooltip (the chart sits near it) and there is room on the left.
 */
export function flipAt(left: number, box: ScreenBox | undefined, windowWidth: number): boolean {
  if (left > 0.6) return true;
  if (!box) return false;
  const x = box.left + left * box.width;
  return x + 12 + TOOLTIP_MAX_WIDTH > windowWidth && x - 12 - TOOLTIP_MAX_WIDTH >= 0;
}

/**
 * The place of a point's tooltip over a plot drawn in `box`. It is anchored on the side it opens
 * towards, so it keeps its full width at the chart's edge, and kept off the plot's top and bottom.
 */
export function placeTooltip(
  spec: ChartSpec,
  point: ChartPoint,
  box: ScreenBox | undefined,
  windowWidth: number,
): TooltipPlace {
  const left = point.x / spec.width;
  const flip = flipAt(left, box, windowWidth);
  return {
    left: flip ? 'auto' : `${left * 100}%`,
    right: flip ? `${(1 - left) * 100}%` : 'auto',
    top: `${Math.min(0.85, Math.max(0.15, point.y / spec.height)) * 100}%`,
    flip,
    docked: spec.width < 480,
  };
}
