import { linePath } from '../lib/charts/skeleton/linePath';
import { isPattern, type Paint, type Shape, type ShapeDefs } from '../lib/charts/draw/shape';
import { svgElement } from './element';

/** A theme token as the page's CSS variable, or a derived bar's hatch pattern. */
function paint(p: Paint | undefined, uid: string): string | undefined {
  if (p === undefined || p === 'none') return p;
  return isPattern(p) ? `url(#${uid}-${p})` : `var(--${p})`;
}

/** One shape as an SVG element coloured by the page's CSS variables, as the dashboard draws it. */
export function shapeElement(s: Shape, uid: string): SVGElement {
  const style = {
    fill: s.type === 'line' ? undefined : s.type === 'polyline' ? 'none' : paint(s.fill, uid),
    stroke: paint(s.stroke, uid),
    'stroke-width': s.strokeWidth,
    'stroke-dasharray': s.dash,
    opacity: s.opacity,
  };
  switch (s.type) {
    case 'path':
      return svgElement('path', {
        d: s.d,
        ...style,
        'stroke-linecap': s.round ? 'round' : undefined,
        'stroke-linejoin': s.round ? 'round' : undefined,
        'marker-end': s.arrow ? `url(#${uid}-arrow)` : undefined,
      });
    case 'polyline':
      return svgElement('path', {
        d: linePath(s.xs, s.ys),
        ...style,
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
      });
    case 'rect':
      return svgElement('rect', { x: s.x, y: s.y, width: s.width, height: s.height, ...style });
    case 'circle':
      return svgElement('circle', { cx: s.cx, cy: s.cy, r: s.r, ...style });
    case 'line':
      return svgElement('line', { x1: s.x1, y1: s.y1, x2: s.x2, y2: s.y2, ...style });
    case 'text':
      return svgElement(
        'text',
        {
          x: s.x,
          y: s.y,
          dy: s.middle ? '0.32em' : undefined,
          'text-anchor': s.anchor,
          'font-size': s.size,
          'font-weight': s.weight,
          fill: paint(s.fill, uid),
        },
        s.text,
      );
  }
}

/** The patterns and markers the shapes refer to: a hatch per colour of derived bars, the arrow. */
export function defsElement(defs: ShapeDefs, uid: string): SVGElement {
  const hatches = defs.hatches.map((c) =>
    svgElement(
      'pattern',
      {
        id: `${uid}-hatch-${c}`,
        width: 6,
        height: 6,
        patternUnits: 'userSpaceOnUse',
        patternTransform: 'rotate(45)',
      },
      svgElement('rect', { width: 6, height: 6, fill: 'var(--bg)' }),
      svgElement('line', {
        x1: 0,
        y1: 0,
        x2: 0,
        y2: 6,
        stroke: `var(--series-${c})`,
        'stroke-width': 2.5,
      }),
    ),
  );
  const arrow =
    defs.arrow &&
    svgElement(
      'marker',
      {
        id: `${uid}-arrow`,
        viewBox: '0 0 10 10',
        refX: 8,
        refY: 5,
        markerWidth: 7,
        markerHeight: 7,
        orient: 'auto-start-reverse',
      },
      svgElement('path', { d: 'M0,0 L10,5 L0,10 z', fill: 'var(--accent)' }),
    );
  const nodata =
    defs.nodata &&
    svgElement(
      'pattern',
      {
        id: `${uid}-nodata`,
        width: 6,
        height: 6,
        patternUnits: 'userSpaceOnUse',
        patternTransform: 'rotate(45)',
      },
      svgElement('rect', { width: 6, height: 6, fill: 'var(--bg)' }),
      svgElement('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: 'var(--grid)', 'stroke-width': 2 }),
    );
  return svgElement('defs', {}, ...hatches, arrow, nodata);
}
