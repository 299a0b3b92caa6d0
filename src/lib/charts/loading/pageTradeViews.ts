import { lazyTradeViews } from './lazyTradeViews';

const views = lazyTradeViews(() => import('./tradeViews'));

/** Fetches the trade views' builders for the page (a chunk of its own); settles when they are in. */
export const loadTradeViews = views.load;

// In the page's build these stand in for the builders (vite.config.ts aliases them here), so
// the trade views' code stays out of the first load.
export const {
  buildBalanceSpec,
  buildTreemapSpec,
  buildMapSpec,
  buildMirrorSpec,
  buildAreaSpec,
  buildSlopeSpec,
  buildScatterSpec,
} = views;
