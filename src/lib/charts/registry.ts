import { areaChart } from './area/definition';
import { balanceChart } from './balance/definition';
import { barChart } from './bar/definition';
import type { ChartDefinition } from './config/chartDefinition';
import { columnChart } from './column/definition';
import { lineChart } from './line/definition';
import { mapChart } from './map/definition';
import { scatterChart } from './scatter/definition';
import { treemapChart } from './treemap/definition';
import { slopeChart } from './slope/definition';
import type { ChartKind } from './spec';

/** Every chart type, in the order the type picker lists them. */
export const chartTypes: Record<ChartKind, ChartDefinition> = {
  line: lineChart,
  column: columnChart,
  bar: barChart,
  area: areaChart,
  slope: slopeChart,
  scatter: scatterChart,
  balance: balanceChart,
  treemap: treemapChart,
  map: mapChart,
};

/** The definition of a chart type; line for an unknown one (a hand-edited URL). */
export function chartType(kind: string): ChartDefinition {
  return chartTypes[kind as ChartKind] ?? lineChart;
}
