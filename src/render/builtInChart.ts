import {
  annualChartConfig,
  mirrorChartConfig,
  releaseChartConfig,
} from '../lib/dashboard/dashboardSpecs';
import type { ChartConfig } from '../lib/charts/config/chartConfig';
import { ANNUAL_ID, annualTable } from '../lib/data/datasets/annual';
import { release, releaseTable } from '../lib/data/datasets/release';
import type { Table } from '../lib/data/table';

/** The built-in datasets by id, each with the chart the dashboard draws of it. */
export const BUILT_IN: Record<string, () => { table: Table; config: ChartConfig }> = {
  [release.id]: () => ({ table: releaseTable(), config: releaseChartConfig() }),
  [ANNUAL_ID]: () => {
    const table = annualTable();
    return { table, config: annualChartConfig(table) };
  },
  /** The same series as a mirror view: China-reported against Russia-reported, with the gap. */
  [`${ANNUAL_ID}-mirror`]: () => {
    const table = annualTable();
    return { table, config: mirrorChartConfig(table) };
  },
};

/** The built-in datasets, for hosts that fetch them apart (<trade-chart>) as for those that do not. */
export const builtInCharts = async (): Promise<typeof BUILT_IN> => BUILT_IN;
