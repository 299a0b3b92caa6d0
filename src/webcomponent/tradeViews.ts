/**
 * The trade views', column and bar builders, the canvas painter for dense charts and the
 * built-in datasets, as trade-chart-views.js: fetched by <trade-chart> only when one is drawn
 * (or a built-in dataset named), so the component stays small.
 */
export * from '../lib/charts/loading/tradeViews';
export { paintCanvas } from './paintCanvas';
export { BUILT_IN } from '../render/builtInChart';
export { switchChartType } from '../lib/charts/config/switchChartType';
