import { buildLegend } from '../skeleton/buildLegend';
import type { ChartConfig } from '../config/chartConfig';
import type { ChartData } from '../prepare/prepareChartData';
import type { LegendItem } from '../spec';

/**
 * A line chart's key: a toggle per series, one for the overlay (a release's points, drawn as
 * upward triangles for lower bounds), and what the open ring of a derived point means.
 */
export function lineLegend(data: ChartData, config: ChartConfig): LegendItem[] {
  const overlays = config.overlays ?? [];
  const hidden = new Set(config.hidden ?? []);
  const legend = buildLegend(data, hidden, 'line', overlays.length > 0);
  if (!overlays.length) return legend;
  const color = data.series.length;
  legend.push({
    id: 'overlay',
    label: config.overlayLabel ?? 'Overlay',
    color,
    symbol: 'bound',
    dash: 'solid',
    toggles: true,
    hidden: hidden.has('overlay'),
  });
  if (overlays.some((o) => o.qualifier === 'derived'))
    legend.push({
      id: 'overlay-derived',
      label: 'open ring: derived, not printed',
      color,
      symbol: 'ring',
      dash: 'solid',
      toggles: false,
      hidden: false,
    });
  return legend;
}
