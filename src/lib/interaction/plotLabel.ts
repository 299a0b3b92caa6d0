import type { ChartPoint, ChartSpec } from '../charts/spec';

/** What the plot's host lets a reader do beyond stepping through points. */
export interface PlotAbilities {
  /** Opens a point's source (click, Enter or Space). */
  open?: (point: ChartPoint) => void;
  /** Shows an x range, or everything (null); `gesture` while more frames follow (a wheel). */
  zoom?: (range: [number, number] | null, gesture: boolean) => void;
  /** Shows what a treemap tile holds. */
  drill?: (drill: string) => void;
}

/** Whether the plot zooms: the chart allows it and its host shows a range. */
export const canZoom = (spec: ChartSpec, host: PlotAbilities): boolean =>
  spec.view.zoomable && host.zoom !== undefined;

/** The plot's accessible name: the chart's title and the keys it answers to. */
export function plotLabel(spec: ChartSpec, host: PlotAbilities): string {
  const drill = spec.view.drill && host.drill ? ' or shows what a tile holds' : '';
  const open = host.open ? `, Enter opens a point's source${drill}` : '';
  const zoom = canZoom(spec, host) ? ', plus and minus zoom, 0 shows all' : '';
  return `${spec.title}: interactive chart. Arrow keys move between points${open}${zoom}, Escape puts the point away.`;
}
