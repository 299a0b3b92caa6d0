import { lazyTradeViews } from '../lib/charts/lazyTradeViews';

export { fetchedApart } from '../lib/charts/lazyTradeViews';

let url = '';
type Views = typeof import('./tradeViews');
const views = lazyTradeViews(() => import(/* @vite-ignore */ url) as Promise<Views>);

/** Fetches the trade views' builders (trade-chart-views.js, next to the component) once. */
export function loadTradeViews(from: string) {
  url ||= from;
  return views.load();
}

// In trade-chart.js these stand in for the builders (vite.config.wc.ts aliases them here).
export const {
  buildBalanceSpec,
  buildTreemapSpec,
  buildMapSpec,
  buildMirrorSpec,
  buildAreaSpec,
  buildSlopeSpec,
  buildScatterSpec,
} = views;
