import {
  DASH_ARRAY,
  ESTIMATE_DASH,
  ESTIMATE_OPACITY,
  seriesPaint,
  type Shape,
} from '../lib/charts/draw/shape';
import { textWidth } from '../lib/charts/layout/textWidth';
import type { LegendItem } from '../lib/charts/spec';

const SIZE = 12;
const ROW = 18;

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
    const paint = seriesPaint(item.color);
    if (item.symbol === 'line')
      shapes.push({
        type: 'line',
        x1: cx,
        x2: cx + 22,
        y1: cy,
        y2: cy,
        stroke: paint,
        strokeWidth: 2.5,
        dash: DASH_ARRAY[item.dash],
      });
    else if (item.symbol === 'bound')
      shapes.push({ type: 'path', d: `M${cx + 11},${cy - 6} l6,11 h-12 z`, fill: paint });
    else if (item.symbol === 'ring')
      shapes.push({
        type: 'circle',
        cx: cx + 11,
        cy,
        r: 4.5,
        fill: 'bg',
        stroke: paint,
        strokeWidth: 2,
        dash: '3 2',
      });
    else if (item.symbol === 'estimate')
      shapes.push(
        {
          type: 'line',
          x1: cx,
          x2: cx + 22,
          y1: cy,
          y2: cy,
          stroke: 'muted',
          strokeWidth: 2.5,
          dash: ESTIMATE_DASH,
        },
        { type: 'circle', cx: cx + 11, cy, r: 3.5, fill: 'bg', stroke: 'muted', strokeWidth: 1.5 },
      );
    else if (item.symbol === 'estimate-bar')
      shapes.push({
        type: 'rect',
        x: cx + 5,
        y: cy - 6,
        width: 12,
        height: 12,
        fill: 'muted',
        opacity: ESTIMATE_OPACITY,
      });
    else if (item.symbol === 'dot')
      shapes.push({ type: 'circle', cx: cx + 11, cy, r: 5, fill: paint });
    else shapes.push({ type: 'rect', x: cx + 5, y: cy - 6, width: 12, height: 12, fill: paint });
    shapes.push({
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
