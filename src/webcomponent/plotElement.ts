import { chartKey } from '../lib/charts/chartKey';
import { annotationShapes } from '../lib/charts/draw/annotationShapes';
import { axisShapes } from '../lib/charts/draw/axisShapes';
import { chartDefs } from '../lib/charts/draw/chartDefs';
import { markShapes } from '../lib/charts/draw/markShapes';
import type { Shape } from '../lib/charts/draw/shape';
import {
  chartPoints,
  describePoint,
  moveCursor,
  pointerPoint,
  type Cursor,
} from '../lib/charts/navigatePoints';
import type { ChartSpec } from '../lib/charts/spec';
import { brushRange, keyAt, zoomRange } from '../lib/charts/zoomRange';
import { cssPaints, drawCanvas } from '../lib/components/chart/drawCanvas';
import { element, svgElement } from './element';
import { focusElements } from './focusElements';
import { defsElement, shapeElement } from './shapeElement';
import { tooltipElement } from './tooltipElement';

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

const group = (name: string, shapes: Shape[], uid: string, hidden = false) =>
  svgElement(
    'g',
    { class: name, 'aria-hidden': hidden ? 'true' : undefined },
    ...shapes.map((s) => shapeElement(s, uid)),
  );

export interface PlotHandlers {
  /** Shows an x range (brush, + and −, Ctrl+wheel), or everything (null). */
  zoom: (range: [number, number] | null) => void;
  /** Says something to screen readers. */
  say: (text: string) => void;
  /** Ends the listeners when the plot is replaced. */
  signal: AbortSignal;
}

/**
 * The picture of a chart spec with the dashboard's reading aids: the arrow keys and the pointer
 * walk its points, each shown in a tooltip and announced; a zoomable chart zooms by brush, keys
 * and Ctrl+wheel. Dense marks go on a canvas under the SVG axes.
 */
export function plotElement(spec: ChartSpec, uid: string, handlers: PlotHandlers): HTMLElement {
  const { zoom, say, signal } = handlers;
  const zoomable = spec.view.zoomable;
  const grid = chartPoints(spec);
  const onCanvas = spec.render === 'canvas';
  const box = { viewBox: `0 0 ${spec.width} ${spec.height}`, width: '100%' };
  const svg = svgElement(
    'svg',
    { ...box, role: 'img', 'aria-labelledby': `${uid}-title ${uid}-desc`, 'font-family': FONT },
    svgElement('title', { id: `${uid}-title` }, spec.title),
    svgElement('desc', { id: `${uid}-desc` }, spec.description),
    defsElement(chartDefs(spec), uid),
    group('axes', axisShapes(spec), uid, true),
    !onCanvas && group('marks', markShapes(spec), uid),
    group('annotations', annotationShapes(spec), uid),
  );
  const focus = svgElement('g', { class: 'focus', 'pointer-events': 'none' });
  const canvas = onCanvas && element('canvas', { 'aria-hidden': 'true' });
  const overlay =
    onCanvas && svgElement('svg', { ...box, class: 'overlay', 'aria-hidden': 'true' }, focus);
  if (!onCanvas) svg.append(focus);
  const plot = element(
    'div',
    {
      class: 'plot',
      role: 'application',
      tabindex: 0,
      id: `${uid}-plot`,
      'aria-label': `${spec.title}: interactive chart. Arrow keys move between points${
        zoomable ? ', plus and minus zoom, 0 shows all' : ''
      }, Escape leaves.`,
    },
    svg,
    canvas,
    overlay,
  );

  let cursor: Cursor | null = null;
  let tip: HTMLElement | null = null;
  function show(next: Cursor | null, announce = false) {
    cursor = next;
    const p = next ? (grid[next.series]?.[next.index] ?? null) : null;
    tip?.remove();
    tip = null;
    focus.replaceChildren(...(p ? focusElements(spec, p) : []));
    if (p) {
      tip = tooltipElement(p, `${uid}-tip`, p.x / spec.width, p.y / spec.height, spec.width < 480);
      plot.append(tip);
      plot.setAttribute('aria-describedby', `${uid}-tip`);
      if (announce) say(describePoint(p));
    } else plot.removeAttribute('aria-describedby');
  }
  const active = () => (cursor ? grid[cursor.series]?.[cursor.index] : undefined);

  const on = { signal };
  plot.addEventListener(
    'keydown',
    (e) => {
      const action = chartKey(e.key, e.shiftKey, spec.view, zoomable, active()?.x);
      if (!action) return;
      if (action.kind === 'leave') {
        show(null);
        plot.blur();
        return;
      }
      e.preventDefault();
      if (action.kind === 'move') show(moveCursor(grid, cursor, action.key), true);
      else if (action.kind === 'zoom') zoomTo(action.range);
    },
    on,
  );
  function zoomTo(range: [number, number] | null) {
    say(range ? 'Zoomed in; press 0 to show everything.' : 'Showing everything.');
    zoom(range);
  }
  const at = (e: { clientX: number; clientY: number }) => {
    const r = svg.getBoundingClientRect();
    if (!r.width) return null;
    return {
      x: ((e.clientX - r.left) / r.width) * spec.width,
      y: ((e.clientY - r.top) / r.height) * spec.height,
    };
  };
  // A drag across a zoomable chart brushes the x range to zoom into.
  let brush: { from: number; to: number; rect: SVGElement } | null = null;
  plot.addEventListener(
    'pointermove',
    (e) => {
      const p = at(e);
      if (!p) return;
      if (!brush) return show(pointerPoint(spec, grid, p.x, p.y));
      brush.to = p.x;
      brush.rect.setAttribute('x', String(Math.min(brush.from, brush.to)));
      brush.rect.setAttribute('width', String(Math.abs(brush.to - brush.from)));
    },
    on,
  );
  plot.addEventListener(
    'pointerdown',
    (e) => {
      const p = at(e);
      if (!zoomable || !p || e.button !== 0) return;
      const rect = svgElement('rect', {
        class: 'brush',
        x: p.x,
        y: spec.plot.top,
        width: 0,
        height: spec.plot.height,
        fill: 'var(--accent)',
        opacity: 0.15,
      });
      (overlay || svg).append(rect);
      plot.classList.add('brushing');
      brush = { from: p.x, to: p.x, rect };
    },
    on,
  );
  plot.addEventListener(
    'pointerup',
    () => {
      if (!brush) return;
      const range = brushRange(spec.view, brush.from, brush.to);
      brush.rect.remove();
      plot.classList.remove('brushing');
      brush = null;
      if (range) zoomTo(range);
    },
    on,
  );
  plot.addEventListener(
    'wheel',
    (e) => {
      // Only Ctrl/⌘ + wheel (and trackpad pinch) zooms; a plain wheel keeps scrolling the page.
      if (!zoomable || !(e.ctrlKey || e.metaKey)) return;
      e.preventDefault();
      const p = at(e);
      const key = p ? (keyAt(spec.view, p.x) ?? undefined) : undefined;
      zoom(zoomRange(spec.view, e.deltaY > 0 ? 1.25 : 0.8, key));
    },
    { signal, passive: false },
  );
  plot.addEventListener(
    'pointerleave',
    () => {
      brush?.rect.remove();
      plot.classList.remove('brushing');
      brush = null;
      show(null);
    },
    on,
  );
  plot.addEventListener('blur', () => show(null), on);

  if (canvas) {
    // The canvas reads the theme's colours from the CSS variables, so it draws once in the
    // page, and again when the colour scheme changes.
    const draw = () => {
      const ctx = canvas.getContext('2d');
      if (!ctx || !canvas.isConnected) return;
      const ratio = globalThis.devicePixelRatio || 1;
      canvas.width = Math.round(spec.width * ratio);
      canvas.height = Math.round(spec.height * ratio);
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      drawCanvas(ctx, markShapes(spec), cssPaints(getComputedStyle(canvas)));
    };
    requestAnimationFrame(draw);
    globalThis.matchMedia?.('(prefers-color-scheme: dark)').addEventListener('change', draw, on);
  }
  return plot;
}
