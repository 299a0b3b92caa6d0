import { besideComponent, loadTradeViews } from './lazyViews';

/**
 * In trade-chart.js this stands in for the chart-type switch (vite.config.wc.ts aliases it
 * here): it and the chart defaults it uses come with trade-chart-views.js, fetched when a
 * chart asks for another type than its data's own.
 */
export const loadTypeSwitch = async () =>
  (await loadTradeViews(besideComponent('trade-chart-views.js'))).switchChartType;
