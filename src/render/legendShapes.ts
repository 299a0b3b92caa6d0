import {
  DASH_ARRAY,
  ESTIMATE_DASH,
  ESTIMATE_OPACITY,
  seriesPaint,
  type Paint,
  type Shape,
} from '../lib/charts/draw/shape';
import { textWidth } from '../lib/charts/layout/textWidth';
import type { LegendItem } from '../lib/charts/spec';

const SIZE = 12;
const ROW = 18;

/** A key entry's symbol, 22 px wide, its left edge at `cx` and its middle at `cy`. */
function symbolShapes(item: LegendItem, cx: number, cy: number): Shape[] {
  const paint = seriesPaint(item.color);
  const line = (stroke: Paint, dash: string | undefined): Shape => ({
    type: 'line',
    x1: cx,
    x2: cx + 22,
    y1: cy,
    y2: cy,
    stroke,
    strokeWidth: 2.5,
    dash,
  });
  const square = (fill: Paint, opacity?: number): Shape => ({
    type: 'rect',
    x: cx + 5,
    y: cy - 6,
    width: 12,
    height: 12,
    fill,
    opacity,
  });
  switch (item.symbol) {
    case 'line':
      return [line(paint, DASH_ARRAY[item.dash])];
    case 'bound':
      return [{ type: 'path', d: `M${cx + 11},${cy - 6} l6,11 h-12 z`, fill: paint }];
    case 'ring':
      return [
        {
          type: 'circle',
          cx: cx + 11,
          cy,
          r: 4.5,
          fill: 'bg',
          stroke: paint,
          strokeWidth: 2,
          dash: '3 2',
        },
      ];
    case 'estimate':
      return [
        line('muted', ESTIMATE_DASH),
        { type: 'circle', cx: cx + 11, cy, r: 3.5, fill: 'bg', stroke: 'muted', strokeWidth: 1.5 },
      ];
    case 'estimate-bar':
      return [square('muted', ESTIMATE_OPACITY)];
    case 'dot':
      return [{ type: 'circle', cx: cx + 11, cy, r: 5, fill: paint }];
    default:
      return [square(paint)];
  }
}

/** The key drawn as shapes in rows across `width`, from (x, y); returns the shapes and the height used. */
export function legendShapes(
  items: LegendItem[],
  x: number,
  y: number,
  width: number,
): { shapes: Shape[]; height: number } {
  const shown = items.filter((i) => !i.hidden);
  const shapes: Shape[] = [];
  let cx = x;
  let cy = y + ROW / 2;
  for (const item of shown) {
    const w = 30 + textWidth(item.label, SIZE) + 14;
    if (cx > x && cx + w > x + width) {
      cx = x;
      cy += ROW;
    }
    shapes.push(...symbolShapes(item, cx, cy), {
      type: 'text',
      x: cx + 28,
      y: cy,
      text: item.label,
      size: SIZE,
      fill: 'fg',
      middle: true,
    });
    cx += w;
  }
  return { shapes, height: shown.length ? cy - y + ROW / 2 : 0 };
}
