import type { Shape } from '../lib/charts/draw/shape';
import type { ChartSize } from '../lib/charts/spec';
import { cssPaints, drawCanvas } from '../lib/components/chart/drawCanvas';

/**
 * Paints a plot's dense marks on its canvas in the theme's colours, read from the CSS variables:
 * once in the page, and again when the colour scheme changes. It ships in trade-chart-views.js,
 * not in the component: only thousands of points, from a `src` file, go on a canvas.
 */
export function paintCanvas(
  canvas: HTMLCanvasElement,
  size: ChartSize,
  shapes: readonly Shape[],
  signal: AbortSignal,
): void {
  const draw = () => {
    const ctx = canvas.getContext('2d');
    if (!ctx || !canvas.isConnected) return;
    const ratio = globalThis.devicePixelRatio || 1;
    canvas.width = Math.round(size.width * ratio);
    canvas.height = Math.round(size.height * ratio);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    drawCanvas(ctx, shapes, cssPaints(getComputedStyle(canvas)));
  };
  requestAnimationFrame(draw);
  globalThis
    .matchMedia?.('(prefers-color-scheme: dark)')
    .addEventListener('change', draw, { signal });
}
