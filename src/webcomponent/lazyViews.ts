import {
  fetchedApart as fetchedApartOnPages,
  lazyTradeViews,
} from '../lib/charts/loading/lazyTradeViews';

let url = '';
type Views = typeof import('./tradeViews');
const views = lazyTradeViews(() => import(/* @vite-ignore */ url) as Promise<Views>);

/** Fetches the trade views' builders (trade-chart-views.js, next to the component) once. */
export function loadTradeViews(from: string) {
  url ||= from;
  return views.load();
}

/** The address of a file built next to trade-chart.js. */
export const besideComponent = (file: string) =>
  new URL(/* @vite-ignore */ `./${file}`, import.meta.url).href;

/**
 * Whether <trade-chart> fetches a chart's builder apart: the pages' rarer kinds, and column and
 * bar too, so that the component itself holds what a line chart needs and little more.
 */
export const fetchedApart = (kind: string, variant?: string) =>
  kind === 'column' || kind === 'bar' || fetchedApartOnPages(kind, variant);

// In trade-chart.js these stand in for the builders (vite.config.wc.ts aliases them here).
export const {
  buildBalanceSpec,
  buildTreemapSpec,
  buildMapSpec,
  buildMirrorSpec,
  buildAreaSpec,
  buildSlopeSpec,
  buildScatterSpec,
  buildColumnSpec,
  buildBarSpec,
} = views;
