/**
 * The trade views' builders and the canvas painter for dense charts, as trade-chart-views.js:
 * fetched by <trade-chart> only when one is drawn, so the component stays small.
 */
export * from '../lib/charts/tradeViews';
export { paintCanvas } from './paintCanvas';
