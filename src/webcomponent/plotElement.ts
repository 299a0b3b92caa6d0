import { annotationShapes } from '../lib/charts/draw/annotationShapes';
import { axisShapes } from '../lib/charts/draw/axisShapes';
import { chartDefs } from '../lib/charts/draw/chartDefs';
import { markShapes } from '../lib/charts/draw/markShapes';
import type { Shape } from '../lib/charts/draw/shape';
import type { ChartSpec } from '../lib/charts/spec';
import { cssPaints, drawCanvas } from '../lib/components/chart/drawCanvas';
import { focusMarks } from '../lib/interaction/focusMarks';
import { plotLabel } from '../lib/interaction/plotLabel';
import { plotController, type PlotView } from '../lib/interaction/plotController';
import { element, svgElement } from './element';
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
 * The canvas of dense marks. It reads the theme's colours from the CSS variables, so it draws
 * once in the page, and again when the colour scheme changes.
 */
function canvasElement(spec: ChartSpec, signal: AbortSignal): HTMLCanvasElement {
  const canvas = element('canvas', { 'aria-hidden': 'true' });
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
  globalThis
    .matchMedia?.('(prefers-color-scheme: dark)')
    .addEventListener('change', draw, { signal });
  return canvas;
}

/**
 * The picture of a chart spec with the dashboard's reading aids, bound to a PlotController: the
 * arrow keys and the pointer walk its points, each shown in a tooltip and announced; a zoomable
 * chart zooms by brush, keys and Ctrl+wheel. Dense marks go on a canvas under the SVG axes.
 */
export function plotElement(spec: ChartSpec, uid: string, handlers: PlotHandlers): HTMLElement {
  const { zoom, say, signal } = handlers;
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
  const overlay =
    onCanvas && svgElement('svg', { ...box, class: 'overlay', 'aria-hidden': 'true' });
  (overlay || svg).append(focus);
  // The figure redraws on a zoom whatever the gesture, so the range alone is passed on.
  const host = {
    box: () => svg.getBoundingClientRect(),
    show,
    say,
    zoom: (range: [number, number] | null) => zoom(range),
  };
  const plot = element(
    'div',
    { class: 'plot', role: 'application', tabindex: 0, id: `${uid}-plot` },
    svg,
    onCanvas && canvasElement(spec, signal),
    overlay,
  );
  plot.setAttribute('aria-label', plotLabel(spec, host));
  const brushRect = svgElement('rect', { class: 'brush', fill: 'var(--accent)', opacity: 0.15 });
  let tip: HTMLElement | null = null;
  let drawn: PlotView['active'] = null;

  function show({ active, tip: place, brush }: PlotView) {
    if (active !== drawn) {
      drawn = active;
      tip?.remove();
      tip = active && place && tooltipElement(active, `${uid}-tip`, place);
      if (tip) plot.append(tip);
      focus.replaceChildren(
        ...(active ? focusMarks(spec, active) : []).map((m) => svgElement(m.tag, m.attrs)),
      );
      if (active) plot.setAttribute('aria-describedby', `${uid}-tip`);
      else plot.removeAttribute('aria-describedby');
    }
    plot.classList.toggle('brushing', brush !== null);
    if (!brush) return brushRect.remove();
    const { top, height } = spec.plot;
    const x = Math.min(brush.from, brush.to);
    for (const [k, v] of Object.entries({
      x,
      y: top,
      width: Math.abs(brush.to - brush.from),
      height,
    }))
      brushRect.setAttribute(k, String(v));
    if (!brushRect.isConnected) (overlay || svg).append(brushRect);
  }

  signal.addEventListener('abort', plotController(spec, host).listen(plot));
  return plot;
}
