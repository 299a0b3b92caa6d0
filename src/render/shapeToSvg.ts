import { linePath } from '../lib/charts/skeleton/linePath';
import type { Paint, Shape, ShapeDefs } from '../lib/charts/draw/shape';
import { colorsOf, paintColor, type Colors, type Theme } from '../lib/charts/draw/palette';
import { escapeXml } from '../lib/export/escapeXml';

const attr = (name: string, value: string | number | undefined) =>
  value === undefined ? '' : ` ${name}="${typeof value === 'number' ? value : escapeXml(value)}"`;

/** One shape as an SVG element with its colours written in (no CSS variables, no page CSS). */
export function shapeToSvg(s: Shape, theme: Theme | Colors, uid: string): string {
  const paint = (p: Paint | undefined) => (p === undefined ? undefined : paintColor(p, theme, uid));
  const style =
    attr('fill', s.type === 'line' ? undefined : (paint(s.fill) ?? 'none')) +
    attr('stroke', paint(s.stroke)) +
    attr('stroke-width', s.stroke ? s.strokeWidth : undefined) +
    attr('stroke-dasharray', s.dash) +
    attr('opacity', s.opacity);
  switch (s.type) {
    case 'path':
      return `<path${attr('d', s.d)}${style}${s.round ? ' stroke-linecap="round" stroke-linejoin="round"' : ''}${s.arrow ? attr('marker-end', `url(#${uid}-arrow)`) : ''}/>`;
    case 'polyline':
      return `<path${attr('d', linePath(s.xs, s.ys))}${style} stroke-linecap="round" stroke-linejoin="round"/>`;
    case 'rect':
      return `<rect${attr('x', s.x)}${attr('y', s.y)}${attr('width', s.width)}${attr('height', s.height)}${style}/>`;
    case 'circle':
      return `<circle${attr('cx', s.cx)}${attr('cy', s.cy)}${attr('r', s.r)}${style}/>`;
    case 'line':
      return `<line${attr('x1', s.x1)}${attr('y1', s.y1)}${attr('x2', s.x2)}${attr('y2', s.y2)}${style}/>`;
    case 'text':
      return `<text${attr('x', s.x)}${attr('y', s.y)}${attr('dy', s.middle ? '0.32em' : undefined)}${attr('text-anchor', s.anchor)}${attr('font-size', s.size)}${attr('font-weight', s.weight)}${attr('fill', paint(s.fill) ?? colorsOf(theme).fg)}>${escapeXml(s.text)}</text>`;
  }
}

/** The patterns and markers the shapes refer to, coloured for the theme. */
export function defsToSvg(defs: ShapeDefs, theme: Theme | Colors, uid: string): string {
  const p = colorsOf(theme);
  const hatches = defs.hatches.map(
    (c) =>
      `<pattern id="${uid}-hatch-${c}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${p.bg}"/><line x1="0" y1="0" x2="0" y2="6" stroke="${p[`series-${c}`]}" stroke-width="2.5"/></pattern>`,
  );
  const arrow = defs.arrow
    ? `<marker id="${uid}-arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${p.accent}"/></marker>`
    : '';
  const nodata = defs.nodata
    ? `<pattern id="${uid}-nodata" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${p.bg}"/><line x1="0" y1="0" x2="0" y2="6" stroke="${p.grid}" stroke-width="2"/></pattern>`
    : '';
  return hatches.length || arrow || nodata
    ? `<defs>${hatches.join('')}${arrow}${nodata}</defs>`
    : '';
}
