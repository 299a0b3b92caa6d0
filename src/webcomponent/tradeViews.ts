/** The trade views' builders as trade-chart-views.js, fetched by <trade-chart> when one is drawn. */
export * from '../lib/charts/tradeViews';
