import type { ChartPoint, ChartSpec } from '../charts/spec';

/** One SVG element of the focus mark: its tag and attributes, for any host to create. */
export interface FocusMark {
  tag: 'line' | 'path' | 'rect' | 'circle';
  attrs: Record<string, string | number>;
}

const OUTLINE = { fill: 'none', stroke: 'var(--fg)', 'stroke-width': 1.5 };

/**
 * The mark on the point under the pointer or keyboard cursor: a crosshair on time charts, then
 * the outline of its region or bar, or a ring round its dot.
 */
export function focusMarks(spec: ChartSpec, p: ChartPoint): FocusMark[] {
  const marks: FocusMark[] = [];
  if (spec.kind === 'line' || spec.kind === 'area')
    marks.push({
      tag: 'line',
      attrs: {
        class: 'crosshair',
        x1: p.x,
        x2: p.x,
        y1: spec.plot.top,
        y2: spec.plot.top + spec.plot.height,
        stroke: 'var(--muted)',
        'stroke-width': 0.8,
      },
    });
  const region = spec.regions?.find((r) => r.point.id === p.id);
  const bar = region ? undefined : spec.bars.find((b) => b.point.id === p.id);
  if (region?.d !== undefined)
    marks.push({ tag: 'path', attrs: { d: region.d, ...OUTLINE, 'stroke-width': 2 } });
  else if (region?.rect)
    marks.push({ tag: 'rect', attrs: { ...region.rect, ...OUTLINE, 'stroke-width': 2.5 } });
  else if (bar) {
    const { x, y, width, height } = bar;
    const box = { x: x - 3, y: y - 3, width: width + 6, height: height + 6 };
    marks.push({ tag: 'rect', attrs: { ...box, ...OUTLINE } });
  } else
    marks.push({
      tag: 'circle',
      attrs: { class: 'focus-ring', cx: p.x, cy: p.y, r: 9, ...OUTLINE },
    });
  return marks;
}
