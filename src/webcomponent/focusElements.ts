import type { ChartPoint, ChartSpec } from '../lib/charts/spec';
import { svgElement } from './element';

/** The mark on the point under the cursor: a crosshair on time charts, an outline or a ring. */
export function focusElements(spec: ChartSpec, p: ChartPoint): SVGElement[] {
  const marks: SVGElement[] = [];
  const mark = { fill: 'none', stroke: 'var(--fg)', 'stroke-width': 1.5 };
  if (spec.kind === 'line' || spec.kind === 'area')
    marks.push(
      svgElement('line', {
        class: 'crosshair',
        x1: p.x,
        x2: p.x,
        y1: spec.plot.top,
        y2: spec.plot.top + spec.plot.height,
        stroke: 'var(--muted)',
        'stroke-width': 0.8,
      }),
    );
  const bar = spec.bars.find((b) => b.point.id === p.id);
  const region = spec.regions?.find((r) => r.point.id === p.id);
  marks.push(
    region
      ? region.d !== undefined
        ? svgElement('path', { d: region.d, ...mark, 'stroke-width': 2 })
        : svgElement('rect', { ...region.rect, ...mark, 'stroke-width': 2.5 })
      : bar
        ? svgElement('rect', {
            x: bar.x - 3,
            y: bar.y - 3,
            width: bar.width + 6,
            height: bar.height + 6,
            ...mark,
          })
        : svgElement('circle', { class: 'focus-ring', cx: p.x, cy: p.y, r: 9, ...mark }),
  );
  return marks;
}
