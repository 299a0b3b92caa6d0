import type { ComponentProps } from 'svelte';
import type { ChartConfig } from '../lib/charts/config/chartConfig';
import type { ChartPoint, SourceLine } from '../lib/charts/spec';
import type ChartBlock from '../lib/components/toolbar/ChartBlock.svelte';
import { annualChartConfig, releaseChartConfig } from '../lib/dashboard/dashboardSpecs';
import { configFromState, type ChartState } from '../lib/export';
import { switchChartType } from '../lib/charts/config/switchChartType';
import { annualCitation, annualTable, dotsCitation } from '../lib/data/datasets/annual';
import { release, releaseTable } from '../lib/data/datasets/release';

/** What the page does when a reader acts on one of its charts. */
export interface ChartHandlers {
  /** Told of the chart's config each time the reader changes it. */
  onconfig?: (dataset: string) => (config: ChartConfig) => void;
  onpoint?: (point: ChartPoint) => void;
  onsource?: (source: SourceLine) => void;
}

export type DashboardChart = ComponentProps<typeof ChartBlock>;

/** The page's own datasets: a link to one of them is shown in its chart's place. */
export const DASHBOARD_DATASETS = ['release', 'china-russia-annual'];

/** The first chart of `links` that is this one's (`dataset`) and reads on its table. */
function restoring(chart: DashboardChart, links: ChartState[]): DashboardChart {
  for (const link of links) {
    if (link.src || link.dataset !== chart.dataset || !chart.config) continue;
    const applied = configFromState(chart.table, chart.config, link, switchChartType);
    if (applied.ok) return { ...chart, restore: applied.config };
  }
  return chart;
}

/**
 * The dashboard's two charts: the release's figures, and the annual series. The prerendered page
 * and the live one draw them from this one list, so the HTML a reader gets first is the HTML
 * the page then brings to life. `links` to them (the page's address first, then what the reader
 * left on this device) show each in its place, as it was left, once the page is live.
 */
export function dashboardCharts(
  on: ChartHandlers = {},
  links: ChartState[] = [],
): DashboardChart[] {
  const annual = annualTable();
  const shared = { citations: [release.citation, annualCitation, dotsCitation], controls: false };
  const charts: DashboardChart[] = [
    {
      ...shared,
      uid: 'release-chart',
      table: releaseTable(),
      config: releaseChartConfig(),
      dataset: 'release',
      height: 340,
    },
    {
      ...shared,
      uid: 'annual-chart',
      table: annual,
      config: annualChartConfig(annual),
      dataset: 'china-russia-annual',
      height: 360,
    },
  ];
  return charts.map((chart) => withHandlers(restoring(chart, links), on));
}

/** `chart` acting as the page does when a reader acts on it (`on`). */
export function withHandlers(chart: DashboardChart, on: ChartHandlers): DashboardChart {
  const onconfig = chart.dataset ? on.onconfig?.(chart.dataset) : undefined;
  return { ...chart, onpoint: on.onpoint, onsource: on.onsource, onconfig };
}
