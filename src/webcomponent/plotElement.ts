import { annotationShapes } from '../lib/charts/draw/annotationShapes';
import { axisShapes } from '../lib/charts/draw/axisShapes';
import { chartDefs } from '../lib/charts/draw/chartDefs';
import { markShapes } from '../lib/charts/draw/markShapes';
import type { Shape } from '../lib/charts/draw/shape';
import type { ChartSpec } from '../lib/charts/spec';
import { focusMarks } from '../lib/interaction/focusMarks';
import { plotLabel } from '../lib/interaction/plotLabel';
import { plotController, type PlotView } from '../lib/interaction/plotController';
import { element, svgElement } from './element';
import type { paintCanvas } from './paintCanvas';
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
  /** Loads trade-chart-views.js, which paints a dense chart's canvas. */
  views: () => Promise<{ paintCanvas: typeof paintCanvas }>;
}

/** The canvas of dense marks, painted once the views' file (which holds the painter) is in. */
function canvasElement(spec: ChartSpec, { views, say, signal }: PlotHandlers): HTMLCanvasElement {
  const canvas = element('canvas', { 'aria-hidden': 'true' });
  views().then(
    (v) => v.paintCanvas(canvas, spec, markShapes(spec), signal),
    () => say('This chart needs trade-chart-views.js next to trade-chart.js.'),
  );
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
    onCanvas && canvasElement(spec, handlers),
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
