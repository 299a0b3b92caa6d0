import type { ComponentProps } from 'svelte';
import type { ChartConfig } from '../lib/charts/config/chartConfig';
import type { ChartPoint, SourceLine } from '../lib/charts/spec';
import type ChartBlock from '../lib/components/toolbar/ChartBlock.svelte';
import { annualChartConfig, releaseChartConfig } from '../lib/dashboard/dashboardSpecs';
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

/**
 * The dashboard's two charts: the release's figures, and the annual series. The prerendered page
 * and the live one draw them from this one list, so the HTML a reader gets first is the HTML
 * the page then brings to life.
 */
export function dashboardCharts(on: ChartHandlers = {}): DashboardChart[] {
  const annual = annualTable();
  const citations = [release.citation, annualCitation, dotsCitation];
  const shared = { citations, controls: false, onpoint: on.onpoint, onsource: on.onsource };
  return [
    {
      ...shared,
      uid: 'release-chart',
      table: releaseTable(),
      config: releaseChartConfig(),
      dataset: 'release',
      onconfig: on.onconfig?.('release'),
      height: 340,
    },
    {
      ...shared,
      uid: 'annual-chart',
      table: annual,
      config: annualChartConfig(annual),
      dataset: 'china-russia-annual',
      onconfig: on.onconfig?.('china-russia-annual'),
      height: 360,
    },
  ];
}
