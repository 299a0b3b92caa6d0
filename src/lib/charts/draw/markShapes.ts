import type { ChartBar, ChartSeries, ChartSpec } from '../spec';
import { isDerived, isLowerBound, qualifierWords, saidQualifier } from '../words/qualifiedLabel';
import {
  DASH_ARRAY,
  ESTIMATE_DASH,
  ESTIMATE_OPACITY,
  SERIES_COLORS,
  seriesPaint,
  type Shape,
} from './shape';

/** A release's points: lower bounds as upward triangles, derived values as open dashed rings. */
function overlayShapes(s: ChartSeries): Shape[] {
  const paint = seriesPaint(s.color);
  return s.points.map((p) =>
    isLowerBound(p.qualifier)
      ? {
          type: 'path',
          d: `M${p.x},${p.y - 8} l7,12 h-14 z`,
          fill: paint,
          stroke: 'bg',
          strokeWidth: 1,
        }
      : {
          type: 'circle',
          cx: p.x,
          cy: p.y,
          r: 6,
          fill: 'bg',
          stroke: paint,
          strokeWidth: 2.2,
          dash: '3 2',
        },
  );
}

/** A line's width: thick when highlighted, thin when set back behind a highlight. */
function lineWidth(spec: ChartSpec, s: ChartSeries): number {
  if (s.strong) return 3.2;
  if (s.color < 0) return 1.5;
  return spec.kind === 'slope' ? 2.5 : 2.2;
}

/** Lines (with their areas under them), and dots where a series has few points. */
export function seriesShapes(spec: ChartSpec): Shape[] {
  const out: Shape[] = [];
  // Layers of a stacked area are filled solid and outlined in the background colour.
  const stacked = spec.kind === 'area' && spec.series.filter((s) => !s.overlay).length > 1;
  // With a highlight, the grey context lies under the coloured lines, the highlighted one on top.
  const order = (s: ChartSeries) => (s.strong ? 2 : s.color < 0 ? 0 : 1);
  const drawn = [...spec.series].sort((a, b) => order(a) - order(b));
  for (const s of drawn) {
    if (s.overlay) continue;
    const paint = seriesPaint(s.color);
    if (s.area) out.push({ type: 'path', d: s.area, fill: paint, opacity: stacked ? 0.78 : 0.18 });
    const line = {
      fill: 'none' as const,
      stroke: stacked ? ('bg' as const) : paint,
      strokeWidth: stacked ? 1 : lineWidth(spec, s),
      dash: stacked ? undefined : DASH_ARRAY[s.dash],
    };
    if (s.path) out.push({ type: 'path', d: s.path, ...line, round: true });
    else if (s.polyline)
      out.push({ type: 'polyline', xs: s.polyline.xs, ys: s.polyline.ys, ...line });
    if (s.estimatePath)
      out.push({ type: 'path', d: s.estimatePath, ...line, dash: ESTIMATE_DASH, round: true });
  }
  for (const s of drawn) {
    if (s.overlay || !s.dots) continue;
    const paint = seriesPaint(s.color);
    const scatter = spec.kind === 'scatter';
    const r = scatter ? 4 : spec.kind === 'slope' ? 4 : 3;
    for (const p of s.points) {
      // An estimate's dot is open: the line's colour round the background.
      const open = p.qualifier === 'estimate';
      out.push({
        type: 'circle',
        cx: p.x,
        cy: p.y,
        r,
        fill: open ? 'bg' : paint,
        stroke: open ? paint : 'bg',
        strokeWidth: open ? 1.5 : scatter ? 0.8 : 1,
        opacity: scatter ? 0.8 : undefined,
      });
    }
  }
  for (const s of spec.series) if (s.overlay) out.push(...overlayShapes(s));
  return out;
}

/** A bar's value and qualifier: above a column, right of a horizontal bar. */
function barLabel(spec: ChartSpec, b: ChartBar): Shape[] {
  const q = b.point.qualifier;
  if (spec.kind === 'bar') {
    const neg = b.point.value < 0;
    const x = neg ? b.x - 4 : b.x + b.width + 4;
    const text = saidQualifier(b.point.valueLabel, q);
    return [
      {
        type: 'text',
        x,
        y: b.y + b.height / 2,
        text,
        size: 11,
        anchor: neg ? 'end' : 'start',
        fill: 'fg',
        middle: true,
      },
    ];
  }
  const lift = isLowerBound(q) ? 20 : 0;
  const out: Shape[] = [
    {
      type: 'text',
      x: b.point.x,
      y: b.y - lift - (q ? 22 : 8),
      text: b.point.valueLabel,
      size: 13,
      weight: 600,
      anchor: 'middle',
      fill: 'fg',
    },
  ];
  if (q)
    out.push({
      type: 'text',
      x: b.point.x,
      y: b.y - lift - 8,
      text: qualifierWords(q),
      size: 11,
      anchor: 'middle',
      fill: 'muted',
    });
  return out;
}

/** Bars: derived ones hatched with a dashed outline, values printed where there is room. */
export function barShapes(spec: ChartSpec): Shape[] {
  const out: Shape[] = [];
  for (const b of spec.bars) {
    const paint = seriesPaint(b.color);
    // A derived bar is hatched in its colour; set back behind a highlight it is plain grey.
    const derived = isDerived(b.point.qualifier) && b.color >= 0;
    // An estimate is lighter, outlined in its colour: the same hue, less ink.
    const estimate = b.point.qualifier === 'estimate';
    out.push({
      type: 'rect',
      x: b.x,
      y: b.y,
      width: b.width,
      height: b.height,
      fill: derived ? `hatch-${b.color % SERIES_COLORS}` : paint,
      stroke: paint,
      strokeWidth: derived ? 1.5 : 0,
      dash: derived ? '4 3' : undefined,
      opacity: estimate ? ESTIMATE_OPACITY : undefined,
    });
  }
  for (const b of spec.bars) if (b.showValue) out.push(...barLabel(spec, b));
  return out;
}

/** Labels written on the chart (a slope chart's ends). */
export function labelShapes(spec: ChartSpec): Shape[] {
  return spec.labels.map((l) => ({
    type: 'text',
    x: l.x,
    y: l.y,
    text: l.text,
    size: 11,
    anchor: l.anchor,
    weight: l.bold ? 600 : undefined,
    // A set-back series' name stays readable: muted text, not the line's light grey.
    fill: l.color === undefined ? 'fg' : l.color < 0 ? 'muted' : seriesPaint(l.color),
    middle: true,
  }));
}

/** A map's countries and a treemap's tiles, outlined in the background colour. */
export function regionShapes(spec: ChartSpec): Shape[] {
  return (spec.regions ?? []).map((r) =>
    r.d !== undefined
      ? { type: 'path', d: r.d, fill: r.fill, stroke: 'bg', strokeWidth: 0.5 }
      : { type: 'rect', ...r.rect!, fill: r.fill, stroke: 'bg', strokeWidth: 1 },
  );
}

/** Every mark of a chart, bottom to top. */
export function markShapes(spec: ChartSpec): Shape[] {
  return [
    ...regionShapes(spec),
    ...barShapes(spec),
    ...seriesShapes(spec),
    ...labelShapes(spec),
    ...(spec.callouts ?? []),
  ];
}
