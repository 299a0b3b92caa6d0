import { besideComponent, loadTradeViews } from './lazyViews';

/**
 * In trade-chart.js this stands in for the built-in datasets (vite.config.wc.ts aliases them
 * here): their figures and charts come with trade-chart-views.js, fetched when one is named.
 */
export const builtInCharts = async () =>
  (await loadTradeViews(besideComponent('trade-chart-views.js'))).BUILT_IN;
