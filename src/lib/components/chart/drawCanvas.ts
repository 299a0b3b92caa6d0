import type { Paint, Shape } from '../../charts/draw/shape';

/**
 * Draws shapes on a 2D canvas: the marks of a chart with more points than SVG draws smoothly.
 * Path data is the same SVG path string the SVG renderer uses (Path2D reads it).
 */
export function drawCanvas(
  ctx: CanvasRenderingContext2D,
  shapes: readonly Shape[],
  color: (paint: Paint) => string,
): void {
  for (const s of shapes) {
    ctx.save();
    ctx.globalAlpha = s.opacity ?? 1;
    ctx.setLineDash(s.dash ? s.dash.split(/\s+/).map(Number) : []);
    ctx.lineWidth = s.strokeWidth ?? 1;
    const fill =
      s.fill && s.fill !== 'none'
        ? color(
            s.fill === 'nodata'
              ? 'grid'
              : s.fill.startsWith('hatch-')
                ? (`series-${s.fill.slice(6)}` as Paint)
                : s.fill,
          )
        : null;
    const stroke =
      s.stroke && s.stroke !== 'none' && (s.strokeWidth ?? 1) > 0 ? color(s.stroke) : null;
    if (s.type === 'text') {
      ctx.font = `${s.weight ?? 400} ${s.size}px system-ui, sans-serif`;
      ctx.textAlign = s.anchor === 'middle' ? 'center' : s.anchor === 'end' ? 'right' : 'left';
      ctx.textBaseline = s.middle ? 'middle' : 'alphabetic';
      if (fill) ctx.fillStyle = fill;
      ctx.fillText(s.text, s.x, s.y);
      ctx.restore();
      continue;
    }
    if (s.type === 'polyline') {
      if (stroke) {
        ctx.strokeStyle = stroke;
        ctx.lineJoin = ctx.lineCap = 'round';
        ctx.beginPath();
        let pen = false;
        for (let i = 0; i < s.xs.length; i++) {
          const [x, y] = [s.xs[i], s.ys[i]];
          if (x !== x || y !== y) pen = false;
          else if (pen) ctx.lineTo(x, y);
          else {
            ctx.moveTo(x, y);
            pen = true;
          }
        }
        ctx.stroke();
      }
      ctx.restore();
      continue;
    }
    let path: Path2D;
    if (s.type === 'path') path = new Path2D(s.d);
    else {
      path = new Path2D();
      if (s.type === 'rect') path.rect(s.x, s.y, s.width, s.height);
      else if (s.type === 'circle') path.arc(s.cx, s.cy, s.r, 0, Math.PI * 2);
      else {
        path.moveTo(s.x1, s.y1);
        path.lineTo(s.x2, s.y2);
      }
    }
    if (s.type === 'path' && s.round) ctx.lineJoin = ctx.lineCap = 'round';
    if (fill && s.type !== 'line') {
      ctx.fillStyle = fill;
      ctx.fill(path);
    }
    if (stroke) {
      ctx.strokeStyle = stroke;
      ctx.stroke(path);
    }
    ctx.restore();
  }
}

/** Paints read from the CSS variables of an element's theme, each looked up once. */
export function cssPaints(style: CSSStyleDeclaration): (paint: Paint) => string {
  const cache: Record<string, string> = {};
  return (p) => (cache[p] ??= style.getPropertyValue(`--${p}`).trim() || '#888');
}
